using System.Runtime.Intrinsics;

namespace DoxGuard.Harms;

/// <summary>
/// The second stage of the harm model: per label, boosted regression trees (trained with ML.NET FastTree) over
/// <see cref="HarmDenseFeatures"/> (cues, entity counts, clause-level conjunctions), a Platt calibration fitted on
/// out-of-fold scores, and the weight of the trees' probability in a blend with the linear stage's. A linear model
/// can only add evidence; trees can let one cue change what another means ("show up" next to "city council" is
/// civic, next to "his house" is a mob).
/// </summary>
/// <remarks>
/// Scored from the extracted trees, like the linear weights, so that scanning never loads ML.NET. All trees of all
/// labels live in flat arrays: a node is (feature, threshold, left, right); a child that is negative is the
/// complement of a leaf index, as in ML.NET's own <c>RegressionTree</c>.
/// </remarks>
internal sealed class TreeHarmStage
{
    private readonly int[] _feature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly float[] _leaf;

    // The nodes again, packed: one 16-byte record per node, so that a step down a tree reads one cache line.
    private readonly Node[] _nodes;

    // The same trees for evaluating all four labels at once by exit leaf (null when a tree is too large for it).
    private readonly ExitTables? _exits;

    // Per tree: its root (a node index, or the complement of a leaf index for a one-leaf tree).
    private readonly int[] _root;

    // Per label: trees [_treeStart[l], _treeStart[l + 1]).
    private readonly int[] _treeStart;
    private readonly float[] _bias;
    private readonly float[] _plattSlope;
    private readonly float[] _plattOffset;

    public TreeHarmStage(
        int[] feature, float[] threshold, int[] left, int[] right, float[] leaf, int[] root, int[] treeStart,
        float[] bias, float[] plattSlope, float[] plattOffset, float blendWeight = 0f)
    {
        if (!(blendWeight is >= 0f and <= 1f))
        {
            throw new InvalidDataException($"Blend weight {blendWeight} is not in [0, 1].");
        }

        if (treeStart.Length != 5 || bias.Length != 4 || plattSlope.Length != 4 || plattOffset.Length != 4)
        {
            throw new ArgumentException("A tree stage has four labels.");
        }

        for (int n = 0; n < feature.Length; n++)
        {
            if ((uint)feature[n] >= HarmDenseFeatures.Count || !IsChild(left[n], feature.Length, leaf.Length) || !IsChild(right[n], feature.Length, leaf.Length))
            {
                throw new InvalidDataException($"Tree node {n} is out of range.");
            }
        }

        foreach (int r in root)
        {
            if (!IsChild(r, feature.Length, leaf.Length))
            {
                throw new InvalidDataException("Tree root out of range.");
            }
        }

        (_feature, _threshold, _left, _right, _leaf, _root, _treeStart) = (feature, threshold, left, right, leaf, root, treeStart);
        _nodes = new Node[feature.Length];
        for (int n = 0; n < feature.Length; n++)
        {
            _nodes[n] = new Node(feature[n], threshold[n], left[n], right[n]);
        }

        (_bias, _plattSlope, _plattOffset, BlendWeight) = (bias, plattSlope, plattOffset, blendWeight);
        _exits = ExitTables.TryBuild(feature, threshold, left, right, leaf, root);
    }

    /// <summary>Weight of the trees' probability in the blend with the linear stage's (the rest is the linear stage's).</summary>
    public float BlendWeight { get; }

    /// <summary>The blended probabilities of every label, given the linear stage's; the trees walked once for all four.</summary>
    public HarmScores Blend(HarmScores linear, ReadOnlySpan<float> dense)
    {
        Span<float> raw = stackalloc float[4];
        RawAll(dense, raw);
        return new HarmScores(
            Mix(linear.Dox, Calibrate(0, raw[0]), BlendWeight),
            Mix(linear.Threat, Calibrate(1, raw[1]), BlendWeight),
            Mix(linear.Bounty, Calibrate(2, raw[2]), BlendWeight),
            Mix(linear.Coordination, Calibrate(3, raw[3]), BlendWeight));
    }

    /// <summary>The blend rule, shared by scoring and training so that thresholds are chosen on what ships.</summary>
    public static double Mix(double linear, double trees, float weight) =>
        Math.Round(((1.0 - weight) * linear) + (weight * trees), 4);

    private static bool IsChild(int child, int nodes, int leaves) => child >= 0 ? child < nodes : ~child < leaves;

    /// <summary>Trees per label (the same for every label).</summary>
    public int TreeCount(int label) => _treeStart[label + 1] - _treeStart[label];

    /// <summary>The uncalibrated ensemble output of <paramref name="label"/>.</summary>
    public float Raw(ReadOnlySpan<float> dense, int label)
    {
        float sum = _bias[label];
        Node[] nodes = _nodes;
        float[] leaves = _leaf;
        for (int t = _treeStart[label]; t < _treeStart[label + 1]; t++)
        {
            int n = _root[t];
            while (n >= 0)
            {
                ref readonly Node node = ref nodes[n];
                n = dense[node.Feature] <= node.Threshold ? node.Left : node.Right;
            }

            sum += leaves[~n];
        }

        return sum;
    }

    /// <summary>
    /// The uncalibrated output of every label at once (<paramref name="raw"/> has four slots); the same floats as
    /// <see cref="Raw"/> label by label, summed in the same order.
    /// </summary>
    public void RawAll(ReadOnlySpan<float> dense, Span<float> raw)
    {
        if (_exits is null)
        {
            for (int l = 0; l < 4; l++)
            {
                raw[l] = Raw(dense, l);
            }

            return;
        }

        _exits.Evaluate(dense, _bias, _treeStart, raw);
    }

    /// <summary>Applies the stage's Platt calibration to a raw ensemble output.</summary>
    public double Calibrate(int label, float raw) =>
        Math.Round(1.0 / (1.0 + Math.Exp((_plattSlope[label] * raw) + _plattOffset[label])), 4);

    /// <summary>A copy with another calibration.</summary>
    public TreeHarmStage WithCalibration(float[] plattSlope, float[] plattOffset, float blendWeight) =>
        new(_feature, _threshold, _left, _right, _leaf, _root, _treeStart, _bias, plattSlope, plattOffset, blendWeight);

    public void Write(BinaryWriter writer)
    {
        writer.Write(HarmDenseFeatures.Count);
        writer.Write(BlendWeight);
        for (int l = 0; l < 4; l++)
        {
            writer.Write(_bias[l]);
            writer.Write(_plattSlope[l]);
            writer.Write(_plattOffset[l]);
        }

        WriteInts(writer, _treeStart);
        WriteInts(writer, _root);
        WriteInts(writer, _feature);
        WriteFloats(writer, _threshold);
        WriteInts(writer, _left);
        WriteInts(writer, _right);
        WriteFloats(writer, _leaf);
    }

    public static TreeHarmStage Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count != HarmDenseFeatures.Count)
        {
            throw new InvalidDataException($"The tree stage was trained on {count} dense features; this build has {HarmDenseFeatures.Count}. Retrain with `doxguard train`.");
        }

        float blendWeight = reader.ReadSingle();
        float[] bias = new float[4], slope = new float[4], offset = new float[4];
        for (int l = 0; l < 4; l++)
        {
            bias[l] = reader.ReadSingle();
            slope[l] = reader.ReadSingle();
            offset[l] = reader.ReadSingle();
        }

        int[] treeStart = ReadInts(reader);
        int[] root = ReadInts(reader);
        int[] feature = ReadInts(reader);
        float[] threshold = ReadFloats(reader);
        int[] left = ReadInts(reader);
        int[] right = ReadInts(reader);
        float[] leaf = ReadFloats(reader);
        if (treeStart.Length != 5 || treeStart[0] != 0 || treeStart[4] != root.Length || threshold.Length != feature.Length
            || left.Length != feature.Length || right.Length != feature.Length)
        {
            throw new InvalidDataException("Malformed tree stage.");
        }

        return new TreeHarmStage(feature, threshold, left, right, leaf, root, treeStart, bias, slope, offset, blendWeight);
    }

    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>
    /// Evaluation by exit leaf (QuickScorer, Lucchese et al., SIGIR 2015): number each tree's leaves left to right;
    /// a split that sends the post right rules out the leaves of its left subtree, so clearing those bits from the
    /// tree's leaf mask, for every such split, leaves the exit leaf as the lowest bit still set. Splits are grouped by
    /// feature and sorted by threshold, so a feature's scan stops at the first split that goes left: a dense vector
    /// is mostly zeros and those reach no split at all. No data-dependent branch per tree level, and per post only
    /// the splits that go right are touched (the walk read a path of up to 7 nodes in each of 200 trees; a
    /// table-driven version that compared every split was slower, docs/benchmarks.md).
    /// </summary>
    private sealed class ExitTables
    {
        // A tree's live leaves fit a byte: the trainer grows 8 leaves at most (a larger tree falls back to the walk).
        private const int MaxLeaves = 8;

        // Per feature f: splits [_featureStart[f], _featureStart[f + 1]) in ascending threshold, each in 8 bytes.
        private readonly int[] _featureStart;
        private readonly Split[] _splits;

        // Per feature: the threshold of its first (lowest) split, +infinity when it has none, padded to whole
        // vectors. A post's dense vector is compared with it a vector at a time, and only the features that pass
        // their first split read _featureStart and _splits: most dense features are 0 and go left at once, and the
        // per-feature first reads were cache lines spread over both tables (500 bytes here instead).
        private readonly float[] _firstThreshold;

        // Per tree: the offset of its leaves (left to right) in _leafValue.
        private readonly int[] _leafBase;
        private readonly float[] _leafValue;

        private ExitTables(int[] featureStart, Split[] splits, int[] leafBase, float[] leafValue)
        {
            (_featureStart, _splits, _leafBase, _leafValue) = (featureStart, splits, leafBase, leafValue);
            int lanes = Vector256<float>.Count;
            _firstThreshold = new float[(HarmDenseFeatures.Count + lanes - 1) / lanes * lanes];
            for (int f = 0; f < _firstThreshold.Length; f++)
            {
                _firstThreshold[f] = f < HarmDenseFeatures.Count && featureStart[f] < featureStart[f + 1]
                    ? splits[featureStart[f]].Threshold
                    : float.PositiveInfinity;
            }
        }

        public static ExitTables? TryBuild(int[] feature, float[] threshold, int[] left, int[] right, float[] leaf, int[] root)
        {
            if (root.Length > ushort.MaxValue)
            {
                return null;
            }

            var splits = new List<(int Feature, Split Split)>();
            var leafValue = new List<float>();
            int[] leafBase = new int[root.Length];
            for (int t = 0; t < root.Length; t++)
            {
                leafBase[t] = leafValue.Count;
                if (!Number(root[t], t, 0))
                {
                    return null;
                }
            }

            // The sorted early stop needs ordered thresholds; the trainer never writes a NaN one.
            foreach ((int _, Split split) in splits)
            {
                if (float.IsNaN(split.Threshold))
                {
                    return null;
                }
            }

            // Only ascending thresholds within a feature matter: clearing bits commutes.
            splits.Sort((a, b) => a.Feature != b.Feature ? a.Feature.CompareTo(b.Feature) : a.Split.Threshold.CompareTo(b.Split.Threshold));
            int[] featureStart = new int[HarmDenseFeatures.Count + 1];
            foreach ((int f, Split _) in splits)
            {
                featureStart[f + 1]++;
            }

            for (int f = 0; f < HarmDenseFeatures.Count; f++)
            {
                featureStart[f + 1] += featureStart[f];
            }

            return new ExitTables(featureStart, [.. splits.Select(s => s.Split)], leafBase, [.. leafValue]);

            // Numbers the leaves under n left to right and records each split with the mask that keeps all but its
            // left subtree's leaves; false when the tree has too many leaves (or is malformed: cyclic, too deep).
            bool Number(int n, int t, int depth)
            {
                if (n < 0)
                {
                    leafValue.Add(leaf[~n]);
                    return leafValue.Count - leafBase[t] <= MaxLeaves;
                }

                if (depth >= MaxLeaves)
                {
                    return false;
                }

                int first = leafValue.Count - leafBase[t];
                if (!Number(left[n], t, depth + 1))
                {
                    return false;
                }

                int afterLeft = leafValue.Count - leafBase[t];
                int leftLeaves = ((1 << afterLeft) - 1) & ~((1 << first) - 1);
                splits.Add((feature[n], new Split(threshold[n], (ushort)t, (byte)~leftLeaves)));
                return Number(right[n], t, depth + 1);
            }
        }

        public void Evaluate(ReadOnlySpan<float> dense, float[] bias, int[] treeStart, Span<float> raw)
        {
            int trees = _leafBase.Length;
            Span<byte> alive = trees <= 1024 ? stackalloc byte[trees] : new byte[trees];
            alive.Fill(byte.MaxValue);
            ref byte live = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(alive);
            ReadOnlySpan<int> featureStart = _featureStart.AsSpan(0, HarmDenseFeatures.Count + 1);
            ref Split split0 = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_splits);
            dense = dense[..HarmDenseFeatures.Count];
            ReadOnlySpan<float> first = _firstThreshold;
            int lanes = Vector256<float>.Count;
            for (int block = 0; block < dense.Length; block += lanes)
            {
                // Lanes whose feature passes its first split: "x <= threshold" false, NaN included, as in the walk.
                uint pass;
                if (block + lanes <= dense.Length)
                {
                    Vector256<float> x = Vector256.Create(dense.Slice(block, lanes));
                    pass = ~Vector256.LessThanOrEqual(x, Vector256.Create(first.Slice(block, lanes))).ExtractMostSignificantBits() & 0xFFu;
                }
                else
                {
                    pass = 0;
                    for (int lane = 0; block + lane < dense.Length; lane++)
                    {
                        pass |= dense[block + lane] <= first[block + lane] ? 0u : 1u << lane;
                    }
                }

                while (pass != 0)
                {
                    int f = block + System.Numerics.BitOperations.TrailingZeroCount(pass);
                    pass &= pass - 1;
                    float x = dense[f];
                    int end = featureStart[f + 1];

                    // The split sends the post right exactly when the walk's "x <= threshold" is false (NaN included).
                    // Indices come from the constructor's own tables (featureStart ends at _splits.Length, trees < alive.Length).
                    for (int k = featureStart[f]; k < end; k++)
                    {
                        ref Split split = ref System.Runtime.CompilerServices.Unsafe.Add(ref split0, k);
                        if (x <= split.Threshold)
                        {
                            break;
                        }

                        System.Runtime.CompilerServices.Unsafe.Add(ref live, split.Tree) &= split.Keep;
                    }
                }
            }

            float[] leafValue = _leafValue;
            int[] leafBase = _leafBase;
            for (int l = 0; l < 4; l++)
            {
                float sum = bias[l];
                for (int t = treeStart[l]; t < treeStart[l + 1]; t++)
                {
                    sum += leafValue[leafBase[t] + System.Numerics.BitOperations.TrailingZeroCount((uint)alive[t])];
                }

                raw[l] = sum;
            }
        }

        private readonly record struct Split(float Threshold, ushort Tree, byte Keep);
    }

    private static void WriteInts(BinaryWriter writer, int[] values)
    {
        writer.Write(values.Length);
        foreach (int v in values)
        {
            writer.Write(v);
        }
    }

    private static void WriteFloats(BinaryWriter writer, float[] values)
    {
        writer.Write(values.Length);
        foreach (float v in values)
        {
            writer.Write(v);
        }
    }

    private static int[] ReadInts(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n is < 0 or > 1 << 22)
        {
            throw new InvalidDataException("Malformed tree stage.");
        }

        int[] values = new int[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = reader.ReadInt32();
        }

        return values;
    }

    private static float[] ReadFloats(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n is < 0 or > 1 << 22)
        {
            throw new InvalidDataException("Malformed tree stage.");
        }

        float[] values = new float[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = reader.ReadSingle();
        }

        return values;
    }
}
