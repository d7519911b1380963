using DoxGuard.Harms;

namespace DoxGuard.Tests.Harms;

public sealed class TreeHarmStageTests
{
    // Per label one tree: root splits dense[a] <= 0.5; its right child splits dense[b] <= 2. Leaves: -1, +1, +3.
    private static TreeHarmStage Stage(float blend = 0.25f)
    {
        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaf = new List<float>();
        var root = new List<int>();
        for (int label = 0; label < 4; label++)
        {
            int nodeBase = feature.Count;
            int leafBase = leaf.Count;
            root.Add(nodeBase);
            feature.AddRange([label, 10 + label]);
            threshold.AddRange([0.5f, 2f]);
            left.AddRange([~leafBase, ~(leafBase + 1)]);
            right.AddRange([nodeBase + 1, ~(leafBase + 2)]);
            leaf.AddRange([-1f, 1f, 3f]);
        }

        return new TreeHarmStage([.. feature], [.. threshold], [.. left], [.. right], [.. leaf], [.. root], [0, 1, 2, 3, 4],
            [0.5f, 0f, 0f, 0f], [-1f, -1f, -1f, -1f], [0f, 0f, 0f, 0f], blend);
    }

    [Theory]
    // (split feature, second feature) -> leaf: under or at the threshold goes left, as in ML.NET.
    [InlineData(0f, 0f, -1f)]
    [InlineData(0.5f, 9f, -1f)]
    [InlineData(1f, 2f, 1f)]
    [InlineData(1f, 2.5f, 3f)]
    public void Raw_WalksTheTree_LessOrEqualGoesLeft(float first, float second, float expectedLeaf)
    {
        float[] dense = new float[HarmDenseFeatures.Count];
        dense[0] = first;
        dense[10] = second;
        Assert.Equal(0.5f + expectedLeaf, Stage().Raw(dense, 0));

        // Label 1 reads other features, so the same vector reaches its left leaf.
        Assert.Equal(-1f, Stage().Raw(dense, 1));
    }

    [Fact]
    public void Blend_WeighsTheTreesAgainstTheLinearScore()
    {
        float[] dense = new float[HarmDenseFeatures.Count];
        dense[2] = 1f;
        dense[12] = 5f;
        TreeHarmStage stage = Stage(0.25f);
        var linear = new HarmScores(0.1, 0.1, 0.1, 0.1);
        double trees = stage.Calibrate(2, stage.Raw(dense, 2));
        Assert.Equal(Math.Round(1 / (1 + Math.Exp(-3.0)), 4), trees);
        Assert.Equal(Math.Round((0.75 * 0.1) + (0.25 * trees), 4), stage.Blend(linear, dense).Bounty);
        Assert.Equal(0.1, Stage(0f).Blend(linear, dense).Bounty);
    }

    [Fact]
    public void Read_WrittenStage_ScoresTheSame()
    {
        TreeHarmStage stage = Stage(0.4f);
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            stage.Write(writer);
        }

        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        TreeHarmStage read = TreeHarmStage.Read(reader);
        float[] dense = new float[HarmDenseFeatures.Count];
        dense[3] = 2f;
        dense[13] = 1f;
        Assert.Equal(stage.Raw(dense, 3), read.Raw(dense, 3));
        Assert.Equal(0.4f, read.BlendWeight);
    }

    [Theory]
    [InlineData(HarmDenseFeatures.Count, 0)] // a split on a feature this build does not have
    [InlineData(0, 99)] // a child past the leaves
    public void Constructor_OutOfRangeTree_Throws(int splitFeature, int leafIndex)
    {
        Assert.Throws<InvalidDataException>(() => new TreeHarmStage(
            [splitFeature], [0f], [~leafIndex], [~0], [1f, 2f], [0, 0, 0, 0], [0, 1, 2, 3, 4],
            [0f, 0f, 0f, 0f], [-1f, -1f, -1f, -1f], [0f, 0f, 0f, 0f]));
    }

    [Fact]
    public void EmbeddedModel_HasATreeStage_AndScoresItWithoutAllocating()
    {
        LinearHarmModel model = LinearHarmModel.LoadEmbedded()!;
        Assert.NotNull(model.Trees);
        Assert.InRange(model.Trees!.TreeCount(0), 1, 200);
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract("everyone show up at his house tonight, 1420 Larkspur Ct", "en", [], features);
        model.Score(features);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            model.Score(features);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData(0f, 0f, -1f)]
    [InlineData(0.5f, 9f, -1f)]
    [InlineData(1f, 2f, 1f)]
    [InlineData(1f, 2.5f, 3f)]
    [InlineData(float.NaN, 0f, 1f)] // NaN is not <= anything: the walk goes right, and so must the exit-leaf scan
    [InlineData(-3f, 9f, -1f)]
    public void RawAll_SmallTrees_ReachTheSameLeafAsTheWalk(float first, float second, float expectedLeaf)
    {
        float[] dense = new float[HarmDenseFeatures.Count];
        dense[0] = first;
        dense[10] = second;
        Span<float> raw = stackalloc float[4];
        Stage().RawAll(dense, raw);
        Assert.Equal(0.5f + expectedLeaf, raw[0]);
        Assert.Equal(-1f, raw[1]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void RawAll_EmbeddedTrees_EqualTheWalkToTheBit(int seed)
    {
        TreeHarmStage stage = LinearHarmModel.LoadEmbedded()!.Trees!;
        var random = new Random(seed);
        float[] dense = new float[HarmDenseFeatures.Count];
        Span<float> raw = stackalloc float[4];
        for (int round = 0; round < 2000; round++)
        {
            Array.Clear(dense);
            int set = random.Next(0, 30);
            for (int k = 0; k < set; k++)
            {
                // Flags, small counts and long-post counts, as the extractor fills them; now and then a value on a split.
                dense[random.Next(HarmDenseFeatures.Count)] = random.Next(4) switch
                {
                    0 => 1f,
                    1 => random.Next(0, 6),
                    2 => random.Next(0, 120),
                    _ => (float)(random.NextDouble() * 10),
                };
            }

            stage.RawAll(dense, raw);
            for (int l = 0; l < 4; l++)
            {
                Assert.Equal(BitConverter.SingleToInt32Bits(stage.Raw(dense, l)), BitConverter.SingleToInt32Bits(raw[l]));
            }
        }
    }

    [Theory]
    [InlineData("everyone show up at his house tonight, 1420 Larkspur Ct", "en")]
    [InlineData("I know where you live and I will find you", "en")]
    [InlineData("he wrote \"I know where you live\" and the police arrested him", "en")]
    [InlineData("$5k to whoever posts her real name and address", "en")]
    [InlineData("vayan todos a su casa, calle Reforma 120, col. Juárez", "es")]
    [InlineData("lovely weather for a picnic in the park today", "en")]
    public void RawAll_ExtractedPosts_EqualTheWalkToTheBit(string text, string language)
    {
        TreeHarmStage stage = LinearHarmModel.LoadEmbedded()!.Trees!;
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract(text, language, [], features);
        float[] dense = new float[HarmDenseFeatures.Count];
        HarmDenseFeatures.Fill(features, dense);
        Span<float> raw = stackalloc float[4];
        stage.RawAll(dense, raw);
        for (int l = 0; l < 4; l++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(stage.Raw(dense, l)), BitConverter.SingleToInt32Bits(raw[l]));
        }
    }
}
