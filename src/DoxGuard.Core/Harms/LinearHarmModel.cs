using System.IO.Compression;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DoxGuard.Harms;

/// <summary>
/// The shipped harm model: per label, a logistic-regression weight vector over <see cref="HarmFeatureExtractor"/>'s
/// hashed features, a bias and a Platt calibration, as trained by ML.NET (see <c>Training/HarmModelTrainer</c>).
/// </summary>
/// <remarks>
/// The model is trained with ML.NET but scored here, from the learned weights: ML.NET's PredictionEngine is not
/// thread-safe, allocates per prediction and costs a schema-bound pipeline per call, which would cap the scan far
/// below the 15,000 posts/s per core the product needs. A hashed linear model is a dot product: with the weights of
/// the four labels interleaved, each feature costs one cache line. The file is our own compact format (sparse,
/// gzip-compressed) rather than ML.NET's zip so that loading it at start-up does not load ML.NET at all.
/// </remarks>
internal sealed class LinearHarmModel
{
    private const int Magic = 0x4D484744; // "DGHM"
    private const int FormatVersion = 1;

    // Version 2 appends the tree stage; a model without one is still written as version 1.
    private const int TreeFormatVersion = 2;
    private const string ResourceName = "DoxGuard.Harms.Model.harm-model.bin";

    private static readonly int LabelCount = HarmLabelNames.All.Count;

    // weights[index * LabelCount + label]: the four labels of a feature share a cache line.
    private readonly float[] _weights;
    private readonly float[] _bias;
    private readonly float[] _plattSlope;
    private readonly float[] _plattOffset;

    // Scoring reads only the rows that have a weight: 80% of the hashed space is zero (L1, and n-grams never seen in
    // training), and within a scan the full 4 MiB table is evicted by the recognizers between posts, so every feature
    // cost a cache miss. A presence bitmap (32 KiB) answers most absent features, and the non-zero rows packed
    // together (about 0.8 MiB) stay warmer. Skipping a zero row adds nothing, so scores are the same to the bit.
    private readonly ulong[] _present;
    private readonly int[] _rank;
    private readonly float[] _rows;

    public LinearHarmModel(float[] weights, float[] bias, float[] plattSlope, float[] plattOffset, string description, TreeHarmStage? trees = null)
    {
        if (weights.Length != HarmFeatureExtractor.Dimension * LabelCount)
        {
            throw new ArgumentException($"Expected {HarmFeatureExtractor.Dimension * LabelCount} weights, got {weights.Length}.", nameof(weights));
        }

        _weights = weights;
        _bias = bias;
        _plattSlope = plattSlope;
        _plattOffset = plattOffset;
        Description = description;
        Trees = trees;
        (_present, _rank, _rows) = Pack(weights);
    }

    /// <summary>The second stage, when the model has one: the model's score is then a blend of both stages.</summary>
    public TreeHarmStage? Trees { get; }

    /// <summary>What the model was trained on, for `doxguard eval` and the docs.</summary>
    public string Description { get; }

    /// <summary>Scores <paramref name="features"/> as calibrated probabilities (blended with the tree stage when there is one).</summary>
    public HarmScores Score(HarmFeatures features)
    {
        HarmScores linear = Score(features.Indices.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count));
        if (Trees is null)
        {
            return linear;
        }

        Span<float> dense = stackalloc float[HarmDenseFeatures.Count];
        HarmDenseFeatures.Fill(features, dense);
        return Trees.Blend(linear, dense);
    }

    /// <summary>Scores a sparse feature vector as calibrated probabilities.</summary>
    public HarmScores Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values)
    {
        Span<float> raw = stackalloc float[4];
        RawScores(indices, values, raw);
        return new HarmScores(Calibrate(0, raw[0]), Calibrate(1, raw[1]), Calibrate(2, raw[2]), Calibrate(3, raw[3]));
    }

    /// <summary>The calibrated probability of one label by the linear stage alone (cheap; ranks sentences for evidence).</summary>
    public double ScoreLabel(HarmFeatures features, HarmLabel label)
    {
        Span<float> raw = stackalloc float[4];
        RawScores(features.Indices.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count), raw);
        return Calibrate((int)label, raw[(int)label]);
    }

    /// <summary>The uncalibrated margin of every label (training uses it to fit calibration).</summary>
    public void RawScores(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> raw)
    {
        Span<float> r = stackalloc float[4];
        RawScores(indices, values, r);
        for (int l = 0; l < 4; l++)
        {
            raw[l] = r[l];
        }
    }

    /// <summary>A copy with other Platt calibration parameters.</summary>
    public LinearHarmModel WithCalibration(float[] plattSlope, float[] plattOffset, string description) =>
        new(_weights, _bias, plattSlope, plattOffset, description, Trees);

    /// <summary>A copy with a tree stage.</summary>
    public LinearHarmModel WithTrees(TreeHarmStage? trees, string description) =>
        new(_weights, _bias, _plattSlope, _plattOffset, description, trees);

    private static (ulong[] Present, int[] Rank, float[] Rows) Pack(float[] weights)
    {
        int blocks = HarmFeatureExtractor.Dimension / 64;
        ulong[] present = new ulong[blocks];
        int[] rank = new int[blocks];
        var rows = new List<float>();
        for (int block = 0; block < blocks; block++)
        {
            rank[block] = rows.Count / LabelCount;
            for (int bit = 0; bit < 64; bit++)
            {
                int at = ((block * 64) + bit) * LabelCount;
                if (weights.AsSpan(at, LabelCount).ContainsAnyExcept(0f))
                {
                    present[block] |= 1UL << bit;
                    rows.AddRange(weights.AsSpan(at, LabelCount));
                }
            }
        }

        return (present, rank, [.. rows]);
    }

    // Features gathered before their rows are summed; a longer post goes in chunks of this many.
    private const int Chunk = 512;

    [ThreadStatic]
    private static int[]? t_rowAt;

    [ThreadStatic]
    private static float[]? t_rowValue;

    private void RawScores(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> raw)
    {
        // Two passes with no data-dependent branch. The first finds each present feature's packed row (an absent
        // feature is written and then overwritten: the cursor does not move), the second sums the gathered rows.
        // The rows' cache misses, the cost of this stage, then overlap instead of queuing behind a mispredicted
        // "is it present" branch. Four labels per vector operation: a multiply and an add per lane, as the scalar
        // code did, in the same order, so the margins are the same to the bit.
        if (values.Length < indices.Length)
        {
            throw new ArgumentException("Every index needs a value.", nameof(values));
        }

        Vector128<float> sum = Vector128.Create(_bias[0], _bias[1], _bias[2], _bias[3]);
        ulong[] present = _present;
        int[] rank = _rank;
        int[] rowAt = t_rowAt ??= new int[Chunk];
        float[] rowValue = t_rowValue ??= new float[Chunk];
        for (int from = 0; from < indices.Length; from += Chunk)
        {
            int length = Math.Min(Chunk, indices.Length - from);
            ReadOnlySpan<int> chunk = indices.Slice(from, length);
            ReadOnlySpan<float> chunkValues = values.Slice(from, length);
            int n = 0;
            for (int i = 0; i < chunk.Length; i++)
            {
                int index = chunk[i];
                ulong word = present[index >> 6];
                rowAt[n] = (rank[index >> 6] + BitOperations.PopCount(word & ((1UL << index) - 1))) * 4;
                rowValue[n] = chunkValues[i];
                n += (int)((word >> index) & 1);
            }

            sum = Sum(_rows, rowAt.AsSpan(0, n), rowValue.AsSpan(0, n), sum);
        }

        raw[0] = sum.GetElement(0);
        raw[1] = sum.GetElement(1);
        raw[2] = sum.GetElement(2);
        raw[3] = sum.GetElement(3);
    }

    // Not inlined: inside the gathering method the running sum was kept on the stack, and the store and reload sat
    // in the chain of additions.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static Vector128<float> Sum(float[] rows, ReadOnlySpan<int> rowAt, ReadOnlySpan<float> rowValue, Vector128<float> sum)
    {
        ref float row0 = ref MemoryMarshal.GetArrayDataReference(rows);
        for (int i = 0; i < rowAt.Length; i++)
        {
            // A present feature's row: rank + popcount is below the packed row count, so its four floats are in range.
            sum += Vector128.LoadUnsafe(ref row0, (nuint)rowAt[i]) * Vector128.Create(rowValue[i]);
        }

        return sum;
    }

    private double Calibrate(int label, float raw)
    {
        // ML.NET's Platt calibrator: p = 1 / (1 + exp(slope * score + offset)).
        double p = 1.0 / (1.0 + Math.Exp((_plattSlope[label] * raw) + _plattOffset[label]));
        return Math.Round(p, 4);
    }

    /// <summary>Writes the model: header, calibration, then the non-zero weights as (index, 4 floats).</summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Trees is null ? FormatVersion : TreeFormatVersion);
        writer.Write(HarmFeatureExtractor.FeatureVersion);
        writer.Write(HarmFeatureExtractor.HashBits);
        writer.Write(LabelCount);
        writer.Write(Description);
        for (int l = 0; l < LabelCount; l++)
        {
            writer.Write(_bias[l]);
            writer.Write(_plattSlope[l]);
            writer.Write(_plattOffset[l]);
        }

        int nonZero = 0;
        for (int i = 0; i < HarmFeatureExtractor.Dimension; i++)
        {
            if (!IsZeroRow(i))
            {
                nonZero++;
            }
        }

        writer.Write(nonZero);
        for (int i = 0; i < HarmFeatureExtractor.Dimension; i++)
        {
            if (IsZeroRow(i))
            {
                continue;
            }

            writer.Write(i);
            for (int l = 0; l < LabelCount; l++)
            {
                writer.Write(_weights[(i * LabelCount) + l]);
            }
        }

        Trees?.Write(writer);
    }

    private bool IsZeroRow(int i)
    {
        for (int l = 0; l < LabelCount; l++)
        {
            if (_weights[(i * LabelCount) + l] != 0f)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a model written by <see cref="Save"/>; refuses one built for other features.</summary>
    public static LinearHarmModel Load(Stream stream)
    {
        // Inflated in one pass first: BinaryReader reads four bytes at a time, and each small read of a GZipStream
        // paid the stream's per-call cost (a few hundred thousand of them: a one-post scan started in 89 ms, now 78).
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(inflated);
        }

        inflated.Position = 0;
        using var reader = new BinaryReader(inflated);
        int magic = reader.ReadInt32();
        int version = reader.ReadInt32();
        if (magic != Magic || version is not (FormatVersion or TreeFormatVersion))
        {
            throw new InvalidDataException("Not a DoxGuard harm model, or one of another format version.");
        }

        int featureVersion = reader.ReadInt32();
        int hashBits = reader.ReadInt32();
        int labels = reader.ReadInt32();
        if (featureVersion != HarmFeatureExtractor.FeatureVersion || hashBits != HarmFeatureExtractor.HashBits || labels != LabelCount)
        {
            throw new InvalidDataException(
                $"The harm model was trained on feature version {featureVersion} ({hashBits} bits, {labels} labels); " +
                $"this build extracts version {HarmFeatureExtractor.FeatureVersion}. Retrain with `doxguard train`.");
        }

        string description = reader.ReadString();
        float[] bias = new float[labels];
        float[] slope = new float[labels];
        float[] offset = new float[labels];
        for (int l = 0; l < labels; l++)
        {
            bias[l] = reader.ReadSingle();
            slope[l] = reader.ReadSingle();
            offset[l] = reader.ReadSingle();
        }

        float[] weights = new float[HarmFeatureExtractor.Dimension * labels];
        int rows = reader.ReadInt32();
        for (int r = 0; r < rows; r++)
        {
            int index = reader.ReadInt32();
            if ((uint)index >= HarmFeatureExtractor.Dimension)
            {
                throw new InvalidDataException($"Weight index {index} is out of range.");
            }

            for (int l = 0; l < labels; l++)
            {
                weights[(index * labels) + l] = reader.ReadSingle();
            }
        }

        TreeHarmStage? trees = version == TreeFormatVersion ? TreeHarmStage.Read(reader) : null;
        return new LinearHarmModel(weights, bias, slope, offset, description, trees);
    }

    /// <summary>Loads the model from a file.</summary>
    public static LinearHarmModel LoadFile(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    private static readonly Lazy<LinearHarmModel?> Embedded = new(ReadEmbedded);

    /// <summary>The model embedded in the assembly (read once per process), or null when the build has none.</summary>
    public static LinearHarmModel? LoadEmbedded() => Embedded.Value;

    private static LinearHarmModel? ReadEmbedded()
    {
        using Stream? stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
