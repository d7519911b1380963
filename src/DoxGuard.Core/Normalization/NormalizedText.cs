namespace DoxGuard.Normalization;

/// <summary>
/// A post's text after de-obfuscation, with a map from every normalized UTF-16 unit back to the span of the
/// original text that produced it, so that spans found in <see cref="Text"/> can be reported in original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _originalStarts;
    private readonly int[]? _originalEnds;

    private NormalizedText(string original, string text, int[]? originalStarts, int[]? originalEnds)
    {
        Original = original;
        Text = text;
        _originalStarts = originalStarts;
        _originalEnds = originalEnds;
    }

    /// <summary>The text as posted.</summary>
    public string Original { get; }

    /// <summary>The de-obfuscated text that recognizers read.</summary>
    public string Text { get; }

    /// <summary>True when normalization changed nothing, so offsets are shared.</summary>
    public bool IsIdentity => _originalStarts is null;

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

    /// <summary>Maps a normalized span [start, end) to the original span that covers it.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
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
