using DoxGuard.Harms;

namespace DoxGuard.Tests.Harms;

public sealed class LinearHarmModelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void RawScores_PackedRows_EqualTheFullDotProductToTheBit(int seed)
    {
        // Scoring reads only the non-zero rows, found through a presence bitmap and a rank table; the margins must
        // be exactly what the plain dot product over the full table gives, in the same summation order.
        var random = new Random(seed);
        float[] weights = new float[HarmFeatureExtractor.Dimension * 4];
        for (int i = 0; i < 3000; i++)
        {
            int row = random.Next(HarmFeatureExtractor.Dimension);
            weights[(row * 4) + random.Next(4)] = (float)((random.NextDouble() * 4) - 2);
        }

        // Rows at block edges, where the rank arithmetic is easiest to get wrong.
        int[] edges = [0, 63, 64, 65, HarmFeatureExtractor.Dimension - 1];
        foreach (int row in edges)
        {
            weights[row * 4] = 1.5f;
            weights[(row * 4) + 3] = -0.25f;
        }

        float[] bias = [0.1f, -0.2f, 0.3f, -0.4f];
        var model = new LinearHarmModel(weights, bias, [-1f, -1f, -1f, -1f], [0f, 0f, 0f, 0f], "test");
        int[] indices = new int[600];
        float[] values = new float[indices.Length];
        for (int i = 0; i < indices.Length; i++)
        {
            indices[i] = i < edges.Length ? edges[i] : random.Next(HarmFeatureExtractor.Dimension);
            values[i] = (float)random.NextDouble();
        }

        Span<double> actual = stackalloc double[4];
        model.RawScores(indices, values, actual);
        for (int label = 0; label < 4; label++)
        {
            float expected = bias[label];
            for (int i = 0; i < indices.Length; i++)
            {
                expected += weights[(indices[i] * 4) + label] * values[i];
            }

            Assert.Equal((double)expected, actual[label]);
        }

        Assert.NotEqual(bias[0], actual[0]);

        // Loading packs the rows straight from the file, without the dense table: the same margins again.
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        Span<double> reloaded = stackalloc double[4];
        LinearHarmModel.Load(stream).RawScores(indices, values, reloaded);
        Assert.Equal(actual.ToArray(), reloaded.ToArray());
    }

    [Fact]
    public void Save_EmbeddedModel_WritesTheEmbeddedBytesBack()
    {
        // Load keeps only the packed rows; writing them again must give the shipped file's content, byte for byte.
        using Stream resource = typeof(LinearHarmModel).Assembly.GetManifestResourceStream("DoxGuard.Harms.Model.harm-model.bin")!;
        byte[] shipped = Inflate(resource);
        using var saved = new MemoryStream();
        LinearHarmModel.LoadEmbedded()!.Save(saved);
        saved.Position = 0;
        Assert.Equal(shipped, Inflate(saved));
    }

    private static byte[] Inflate(Stream stream)
    {
        using var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        gzip.CopyTo(inflated);
        return inflated.ToArray();
    }

    [Fact]
    public void Load_EmbeddedModel_SavesAndReloadsToTheSameScores()
    {
        LinearHarmModel model = LinearHarmModel.LoadEmbedded()!;
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        LinearHarmModel reloaded = LinearHarmModel.Load(stream);
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract("I'll pay $5k to whoever posts his home address", "en", [], features);
        Assert.Equal(model.Score(features), reloaded.Score(features));
    }

    public static TheoryData<string> Posts() =>
    [
        "I'll pay $5k to whoever posts his home address",
        "Officer Daniel Kwiatkowski lives at 6120 S Kilbourn Ave, call 773-555-0143 and let him know",
        "Someone wrote \"I know where you live and where your kids go to school\" under my photo, reported it",
        "everyone show up at his house tonight, 1420 Larkspur Ct, bring friends",
        "vamos todos a su casa, calle Sauce 1414, que no se escape el juez",
        "incomprehensibilities and counterrevolutionaries notwithstanding, the k1ll3r was 50k deep",
        "this traffic is killing me lol, te voy a matar jaja",
    ];

    [Theory]
    [MemberData(nameof(Posts))]
    public void RawScores_WordSummedCharGrams_AgreeWithTheFullDotProduct(string text)
    {
        // The scan sums each word's n-gram rows once and reuses the sum: the same dot product in another order, so
        // the margins agree to float rounding. Scored twice: the second time every cached word is a hit.
        LinearHarmModel model = LinearHarmModel.LoadEmbedded()!;
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract(text, "en", [], features);
        Assert.True(features.CharEnd > features.CharFirst);
        Span<double> plain = stackalloc double[4];
        model.RawScores(features.Indices.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count), plain);
        Span<double> first = stackalloc double[4];
        Span<double> again = stackalloc double[4];
        model.RawScores(features, first);
        model.RawScores(features, again);
        for (int label = 0; label < 4; label++)
        {
            Assert.Equal(plain[label], first[label], 1e-4);
            Assert.Equal(first[label], again[label]);
        }
    }

    [Fact]
    public void RawScores_TwoModelsOnOneThread_NeverShareWordSums()
    {
        // The per-word sums are per model: a second model scoring the same words must not reuse the first's sums.
        LinearHarmModel embedded = LinearHarmModel.LoadEmbedded()!;
        var random = new Random(3);
        float[] weights = new float[HarmFeatureExtractor.Dimension * 4];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)(random.NextDouble() - 0.5);
        }

        var other = new LinearHarmModel(weights, [0f, 0f, 0f, 0f], [-1f, -1f, -1f, -1f], [0f, 0f, 0f, 0f], "random");
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract("everyone show up at his house tonight, bring friends", "en", [], features);
        Span<double> scratch = stackalloc double[4];
        Span<double> plain = stackalloc double[4];
        Span<double> summed = stackalloc double[4];
        embedded.RawScores(features, scratch);
        other.RawScores(features.Indices.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count), plain);
        other.RawScores(features, summed);
        embedded.RawScores(features, scratch);
        other.RawScores(features, summed);
        for (int label = 0; label < 4; label++)
        {
            Assert.Equal(plain[label], summed[label], 1e-3);
        }
    }
}
