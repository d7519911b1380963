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

    private readonly float[] _bias;
    private readonly float[] _plattSlope;
    private readonly float[] _plattOffset;

    // Scoring reads only the rows that have a weight: 80% of the hashed space is zero (L1, and n-grams never seen in
    // training), and within a scan the full 4 MiB table is evicted by the recognizers between posts, so every feature
    // cost a cache miss. A presence bitmap (32 KiB) answers most absent features, and the non-zero rows packed
    // together (0.33 MiB for the feature-v7 model, 21,420 rows) stay warmer. Skipping a zero row adds nothing, so scores are the same to the bit.
    // The packed form is the only one kept: the dense table is never built when a model is loaded (building it was
    // most of a one-post scan's start-up).
    private readonly PackedRows _packed;

    /// <summary>A model from a dense table, <c>weights[index * 4 + label]</c> (the trainer's form).</summary>
    public LinearHarmModel(float[] weights, float[] bias, float[] plattSlope, float[] plattOffset, string description, TreeHarmStage? trees = null)
        : this(PackedRows.FromDense(weights), bias, plattSlope, plattOffset, description, trees)
    {
    }

    private LinearHarmModel(PackedRows packed, float[] bias, float[] plattSlope, float[] plattOffset, string description, TreeHarmStage? trees)
    {
        _packed = packed;
        _bias = bias;
        _plattSlope = plattSlope;
        _plattOffset = plattOffset;
        Description = description;
        Trees = trees;
    }

    /// <summary>The second stage, when the model has one: the model's score is then a blend of both stages.</summary>
    public TreeHarmStage? Trees { get; }

    /// <summary>What the model was trained on, for `doxguard eval` and the docs.</summary>
    public string Description { get; }

    /// <summary>Scores <paramref name="features"/> as calibrated probabilities (blended with the tree stage when there is one).</summary>
    public HarmScores Score(HarmFeatures features)
    {
        Vector128<float> raw = WordSummedRawScores(features);
        HarmScores linear = new(Calibrate(0, raw.GetElement(0)), Calibrate(1, raw.GetElement(1)), Calibrate(2, raw.GetElement(2)), Calibrate(3, raw.GetElement(3)));
        if (Trees is null)
        {
            return linear;
        }

        Span<float> dense = stackalloc float[HarmDenseFeatures.Count];
        HarmDenseFeatures.Fill(features, dense);
        return Trees.Blend(linear, dense);
    }

    /// <summary>The calibrated probability of one label by the linear stage alone (cheap; ranks sentences for evidence).</summary>
    public double ScoreLabel(HarmFeatures features, HarmLabel label)
    {
        Span<float> raw = stackalloc float[4];
        RawScores(features.Indices.AsSpan(0, features.Count), features.Values.AsSpan(0, features.Count), raw);
        return Calibrate((int)label, raw[(int)label]);
    }

    /// <summary>The uncalibrated margin of every label of a post, as <see cref="Score(HarmFeatures)"/> computes it.</summary>
    public void RawScores(HarmFeatures features, Span<double> raw)
    {
        Vector128<float> sum = WordSummedRawScores(features);
        for (int l = 0; l < 4; l++)
        {
            raw[l] = sum.GetElement(l);
        }
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
        new(_packed, _bias, plattSlope, plattOffset, description, Trees);

    /// <summary>A copy with a tree stage.</summary>
    public LinearHarmModel WithTrees(TreeHarmStage? trees, string description) =>
        new(_packed, _bias, _plattSlope, _plattOffset, description, trees);

    // Features gathered before their rows are summed; a longer post goes in chunks of this many.
    private const int Chunk = 512;

    [ThreadStatic]
    private static int[]? t_rowAt;

    [ThreadStatic]
    private static float[]? t_rowValue;

    private void RawScores(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> raw)
    {
        if (values.Length < indices.Length)
        {
            throw new ArgumentException("Every index needs a value.", nameof(values));
        }

        Vector128<float> sum = Accumulate(indices, values, Vector128.Create(_bias[0], _bias[1], _bias[2], _bias[3]));
        raw[0] = sum.GetElement(0);
        raw[1] = sum.GetElement(1);
        raw[2] = sum.GetElement(2);
        raw[3] = sum.GetElement(3);
    }

    private Vector128<float> Accumulate(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Vector128<float> sum)
    {
        // Two passes with no data-dependent branch. The first finds each present feature's packed row (an absent
        // feature is written and then overwritten: the cursor does not move), the second sums the gathered rows.
        // The rows' cache misses, the cost of this stage, then overlap instead of queuing behind a mispredicted
        // "is it present" branch. Four labels per vector operation: a multiply and an add per lane, as the scalar
        // code did, in the same order.
        ulong[] present = _packed.Present;
        int[] rank = _packed.Rank;
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

            sum = Sum(_packed.Rows, rowAt.AsSpan(0, n), rowValue.AsSpan(0, n), sum);
        }

        return sum;
    }

    /// <summary>
    /// The margins of a post's features, with each word's character n-grams summed once per word shape and the sum
    /// reused: three quarters of a post's features (320 of 424 in the benchmark posts) are n-grams of words seen in
    /// earlier posts, and one cached row sum replaces a dozen scattered row reads. All n-grams of a post share one
    /// value, so this is the same dot product added in another order: the margins agree with
    /// <see cref="RawScores(ReadOnlySpan{int}, ReadOnlySpan{float}, Span{double})"/> to float rounding (tests hold them to
    /// 1e-4), not to the bit; over the 100k benchmark posts, 144 output lines moved a score by 0.0001 and no action or
    /// label changed. Training's margins never matched the scan's to the bit either: it scores de-duplicated vectors.
    /// </summary>
    private Vector128<float> WordSummedRawScores(HarmFeatures f)
    {
        Vector128<float> sum = Vector128.Create(_bias[0], _bias[1], _bias[2], _bias[3]);
        sum = Accumulate(f.Indices.AsSpan(0, f.CharFirst), f.Values.AsSpan(0, f.CharFirst), sum);
        if (f.CharEnd > f.CharFirst)
        {
            WordRowSums cache = t_wordRowSums is { } mine && ReferenceEquals(mine.Model, this) ? mine : (t_wordRowSums = new WordRowSums(this));
            Vector128<float> grams = Vector128<float>.Zero;
            int from = f.CharFirst;
            for (int k = 0; k < f.CharSegmentCount; k++)
            {
                int end = f.CharSegmentEnd[k];
                grams += cache.SumOf(f.CharSegmentStamp[k], f.Indices.AsSpan(from, end - from));
                from = end;
            }

            sum += grams * Vector128.Create(f.Values[f.CharFirst]);
        }

        return Accumulate(f.Indices.AsSpan(f.CharEnd, f.Count - f.CharEnd), f.Values.AsSpan(f.CharEnd, f.Count - f.CharEnd), sum);
    }

    [ThreadStatic]
    private static WordRowSums? t_wordRowSums;

    /// <summary>
    /// Per thread and model: the summed rows of recently seen words' n-gram lists, keyed by the stamp the extractor's
    /// n-gram cache gave the list. Stamps come from one counter, so the last 8,192 stored words each have a slot of
    /// their own, and a stamp never names two lists: a hit is exact.
    /// </summary>
    private sealed class WordRowSums(LinearHarmModel model)
    {
        private const int Slots = 8192;

        private readonly Entry[] _entries = new Entry[Slots];

        public LinearHarmModel Model { get; } = model;

        public Vector128<float> SumOf(long stamp, ReadOnlySpan<int> grams)
        {
            if (stamp == 0)
            {
                return Model.Accumulate(grams, Ones(grams.Length), Vector128<float>.Zero);
            }

            ref Entry entry = ref _entries[(int)(stamp & (Slots - 1))];
            if (entry.Stamp != stamp)
            {
                entry.Sum = Model.Accumulate(grams, Ones(grams.Length), Vector128<float>.Zero);
                entry.Stamp = stamp;
            }

            return entry.Sum;
        }

        // A word's n-grams all have the value the caller applies after the sum: each row counts once here.
        private static ReadOnlySpan<float> Ones(int length) => (t_ones ??= CreateOnes()).AsSpan(0, length);

        [ThreadStatic]
        private static float[]? t_ones;

        private static float[] CreateOnes()
        {
            float[] ones = new float[HarmFeatureExtractor.MaxCharGramsPerWord];
            Array.Fill(ones, 1f);
            return ones;
        }

        private struct Entry
        {
            public Vector128<float> Sum;
            public long Stamp;
        }
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

        // Rows in ascending index order, which Load relies on to pack them as it reads.
        writer.Write(_packed.RowCount);
        for (int block = 0; block < _packed.Present.Length; block++)
        {
            ulong word = _packed.Present[block];
            for (int row = _packed.Rank[block]; word != 0; row++, word &= word - 1)
            {
                writer.Write((block * 64) + BitOperations.TrailingZeroCount(word));
                for (int l = 0; l < LabelCount; l++)
                {
                    writer.Write(_packed.Rows[(row * LabelCount) + l]);
                }
            }
        }

        Trees?.Write(writer);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; refuses one built for other features.</summary>
    public static LinearHarmModel Load(Stream stream)
    {
        // Inflated in one pass first, into a buffer of the final size when the stream says it: BinaryReader reads
        // four bytes at a time, and each small read of a GZipStream paid the stream's per-call cost (a few hundred
        // thousand of them), and a growing MemoryStream copied the model over and over.
        using var inflated = new MemoryStream(InflatedLengthHint(stream));
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

        int rows = reader.ReadInt32();
        int rowBytes = sizeof(int) + (labels * sizeof(float));
        if (rows < 0 || (long)rows * rowBytes > inflated.Length - inflated.Position)
        {
            throw new InvalidDataException($"The model says {rows} weight rows; the file is shorter.");
        }

        PackedRows packed = PackedRows.Read(inflated.GetBuffer().AsSpan((int)inflated.Position, rows * rowBytes), rows);
        inflated.Position += (long)rows * rowBytes;
        TreeHarmStage? trees = version == TreeFormatVersion ? TreeHarmStage.Read(reader) : null;
        return new LinearHarmModel(packed, bias, slope, offset, description, trees);
    }

    // gzip ends with the inflated length (mod 2^32); a seekable stream lets us read it and size the buffer once.
    private static int InflatedLengthHint(Stream stream)
    {
        if (!stream.CanSeek || stream.Length - stream.Position < 18)
        {
            return 0;
        }

        long start = stream.Position;
        Span<byte> trailer = stackalloc byte[4];
        stream.Position = stream.Length - 4;
        stream.ReadExactly(trailer);
        stream.Position = start;
        uint length = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(trailer);
        return length <= 256 << 20 ? (int)length : 0;
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

    /// <summary>
    /// The non-zero weight rows, packed: a presence bit per hashed feature, the packed index of each 64-feature
    /// block's first row, and the rows themselves (four labels each) in feature order.
    /// </summary>
    private sealed class PackedRows(ulong[] present, int[] rank, float[] rows)
    {
        public ulong[] Present { get; } = present;

        public int[] Rank { get; } = rank;

        public float[] Rows { get; } = rows;

        public int RowCount => Rows.Length / LabelCount;

        public static PackedRows FromDense(float[] weights)
        {
            if (weights.Length != HarmFeatureExtractor.Dimension * LabelCount)
            {
                throw new ArgumentException($"Expected {HarmFeatureExtractor.Dimension * LabelCount} weights, got {weights.Length}.", nameof(weights));
            }

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

            return new PackedRows(present, rank, [.. rows]);
        }

        /// <summary>Rows as <see cref="Save"/> writes them: (index, four floats), indices strictly ascending.</summary>
        public static PackedRows Read(ReadOnlySpan<byte> data, int count)
        {
            int blocks = HarmFeatureExtractor.Dimension / 64;
            ulong[] present = new ulong[blocks];
            int[] rank = new int[blocks];
            float[] rows = new float[count * LabelCount];
            int rowBytes = sizeof(int) + (LabelCount * sizeof(float));
            int previous = -1;
            int nextBlock = 0;
            for (int r = 0; r < count; r++)
            {
                ReadOnlySpan<byte> row = data.Slice(r * rowBytes, rowBytes);
                int index = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(row);
                if (index <= previous || index >= HarmFeatureExtractor.Dimension)
                {
                    throw new InvalidDataException($"Weight index {index} is out of range or out of order.");
                }

                int block = index >> 6;
                for (; nextBlock <= block; nextBlock++)
                {
                    rank[nextBlock] = r;
                }

                present[block] |= 1UL << index;
                for (int l = 0; l < LabelCount; l++)
                {
                    rows[(r * LabelCount) + l] = System.Buffers.Binary.BinaryPrimitives.ReadSingleLittleEndian(row[(sizeof(int) + (l * sizeof(float)))..]);
                }

                previous = index;
            }

            for (; nextBlock < blocks; nextBlock++)
            {
                rank[nextBlock] = count;
            }

            return new PackedRows(present, rank, rows);
        }
    }
}
