namespace DoxGuard.Recognizers.Support;

/// <summary>
/// A small set of context words ("call", "SSN", "tarjeta") searched for near a candidate span. Matching is
/// case-insensitive and whole-word, and only looks at a bounded window, so its cost does not grow with the post.
/// </summary>
internal sealed class CueWords
{
    private readonly string[] _words;

    public CueWords(params string[] words) => _words = words;

    /// <summary>
    /// The first cue found within <paramref name="before"/> characters before <paramref name="start"/> or
    /// <paramref name="after"/> characters after <paramref name="end"/>; null when there is none.
    /// </summary>
    public string? FindNear(string text, int start, int end, int before, int after)
    {
        string? found = FindIn(text, Math.Max(0, start - before), start);
        return found ?? (after > 0 ? FindIn(text, end, Math.Min(text.Length, end + after)) : null);
    }

    /// <summary>The first cue found in text[<paramref name="from"/>..<paramref name="to"/>).</summary>
    public string? FindIn(string text, int from, int to)
    {
        if (to <= from)
        {
            return null;
        }

        ReadOnlySpan<char> window = text.AsSpan(from, to - from);
        foreach (string word in _words)
        {
            int offset = 0;
            while (offset < window.Length)
            {
                int hit = window[offset..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                if (hit < 0)
                {
                    break;
                }

                int at = from + offset + hit;
                if (IsWordStart(text, at, word) && IsWordEnd(text, at + word.Length, word))
                {
                    return word;
                }

                offset += hit + 1;
            }
        }

        return null;
    }

    // Cues such as "#" or "no." carry their own boundary, so only letter-edged cues need a word boundary.
    private static bool IsWordStart(string text, int at, string word) =>
        !char.IsLetterOrDigit(word[0]) || at == 0 || !char.IsLetterOrDigit(text[at - 1]);

    private static bool IsWordEnd(string text, int at, string word) =>
        !char.IsLetterOrDigit(word[^1]) || at >= text.Length || !char.IsLetterOrDigit(text[at]);
}
