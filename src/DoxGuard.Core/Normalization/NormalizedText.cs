namespace DoxGuard.Normalization;

/// <summary>
/// A post's text after de-obfuscation, with a map from every normalized UTF-16 unit back to the span of the
/// original text that produced it, so that spans found in <see cref="Text"/> can be reported in original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _originalStarts;
    private readonly int[]? _originalEnds;

    // The normalizer's map: the same offsets as the arrays above, one entry per run instead of two per character.
    private readonly OffsetSegment[]? _segments;

    private NormalizedText(string original, string text, int[]? originalStarts, int[]? originalEnds, OffsetSegment[]? segments = null)
    {
        Original = original;
        Text = text;
        _originalStarts = originalStarts;
        _originalEnds = originalEnds;
        _segments = segments;
    }

    /// <summary>The text as posted.</summary>
    public string Original { get; }

    /// <summary>The de-obfuscated text that recognizers read.</summary>
    public string Text { get; }

    /// <summary>True when normalization changed nothing, so offsets are shared.</summary>
    public bool IsIdentity => _originalStarts is null && _segments is null;

    /// <summary>A normalized text equal to the original (the common case: no map is allocated).</summary>
    public static NormalizedText Identity(string original) => new(original, original, null, null);

    /// <summary>
    /// Creates a normalized text from parallel arrays: <paramref name="originalStarts"/>[i] and
    /// <paramref name="originalEnds"/>[i] bound the original span that produced <c>text[i]</c>.
    /// </summary>
    public static NormalizedText Create(string original, string text, int[] originalStarts, int[] originalEnds)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(text);
        if (originalStarts.Length != text.Length || originalEnds.Length != text.Length)
        {
            throw new ArgumentException("The offset map must have one entry per normalized character.");
        }

        return new NormalizedText(original, text, originalStarts, originalEnds);
    }

    /// <summary>A normalized text whose map is given as segments (see <see cref="OffsetSegment"/>).</summary>
    internal static NormalizedText FromSegments(string original, string text, OffsetSegment[] segments) =>
        new(original, text, null, null, segments);

    /// <summary>Maps a normalized span [start, end) to the original span that covers it.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (_segments is not null)
        {
            if (end <= start)
            {
                int at = start < Text.Length ? OffsetSegment.StartOf(_segments, Text.Length, start) : Original.Length;
                return (at, at);
            }

            return (OffsetSegment.StartOf(_segments, Text.Length, start), OffsetSegment.EndOf(_segments, Text.Length, end - 1));
        }

        if (_originalStarts is null || _originalEnds is null)
        {
            return (start, end);
        }

        if (end <= start)
        {
            int at = start < _originalStarts.Length ? _originalStarts[start] : Original.Length;
            return (at, at);
        }

        return (_originalStarts[start], _originalEnds[end - 1]);
    }
}

/// <summary>
/// Part of a normalized text's map to its original: the characters from <see cref="TextStart"/> up to the next
/// segment's start. A run (<see cref="Run"/>) was copied unchanged, its i-th character from original offset
/// <see cref="OriginalStart"/> + i; any other segment was produced by the original span
/// [<see cref="OriginalStart"/>, <see cref="OriginalEnd"/>), every character of it.
/// </summary>
internal readonly record struct OffsetSegment(int TextStart, int OriginalStart, int OriginalEnd, bool Run)
{
    /// <summary>The segment holding text offset <paramref name="i"/>; segments are sorted and non-empty.</summary>
    public static int Find(OffsetSegment[] segments, int i)
    {
        int lo = 0;
        int hi = segments.Length - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (segments[mid].TextStart <= i)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    /// <summary>Original start of text offset <paramref name="i"/>, as the per-character start array held it.</summary>
    public static int StartOf(OffsetSegment[] segments, int textLength, int i)
    {
        CheckIndex(i, textLength);
        OffsetSegment s = segments[Find(segments, i)];
        return s.Run ? s.OriginalStart + (i - s.TextStart) : s.OriginalStart;
    }

    /// <summary>Original end of text offset <paramref name="i"/>, as the per-character end array held it.</summary>
    public static int EndOf(OffsetSegment[] segments, int textLength, int i)
    {
        CheckIndex(i, textLength);
        OffsetSegment s = segments[Find(segments, i)];
        return s.Run ? s.OriginalStart + (i - s.TextStart) + 1 : s.OriginalEnd;
    }

    // An offset outside the text fails as the per-character arrays did, so that a caller's error reads the same in
    // the diagnostics ("... failed: IndexOutOfRangeException").
    private static void CheckIndex(int i, int textLength)
    {
        if ((uint)i >= (uint)textLength)
        {
#pragma warning disable CA2201 // Parity with the array indexing this replaces, see above.
            throw new IndexOutOfRangeException();
#pragma warning restore CA2201
        }
    }
}
