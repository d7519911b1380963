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
    }

    /// <summary>Weight of the trees' probability in the blend with the linear stage's (the rest is the linear stage's).</summary>
    public float BlendWeight { get; }

    /// <summary>The blended probability of <paramref name="label"/>, given the linear stage's.</summary>
    public double Blend(double linear, ReadOnlySpan<float> dense, int label) => Mix(linear, Probability(dense, label), BlendWeight);

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

    /// <summary>The calibrated probability of <paramref name="label"/>, rounded like the linear stage's.</summary>
    public double Probability(ReadOnlySpan<float> dense, int label) => Calibrate(label, Raw(dense, label));

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
