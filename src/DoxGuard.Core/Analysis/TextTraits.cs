namespace DoxGuard.Analysis;

/// <summary>
/// Cheap facts about a post's normalized text, computed once in one vectorized pass, so that each recognizer can
/// return at once when its entity cannot occur (no digit: no phone, card, SSN, IP...). Most posts carry no
/// personal information at all, and every recognizer runs on every post.
/// </summary>
public readonly record struct TextTraits(int Digits, bool HasAt, bool HasNonAscii, bool HasDot, bool HasSlash, bool HasColon)
{
    /// <summary>True when the text has at least one ASCII digit.</summary>
    public bool HasDigit => Digits > 0;

    /// <summary>Computes the traits of <paramref name="text"/>.</summary>
    public static TextTraits Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text;
        int digits = 0;
        int at = span.IndexOfAnyInRange('0', '9');
        while (at >= 0)
        {
            digits++;
            int next = span[(at + 1)..].IndexOfAnyInRange('0', '9');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return new TextTraits(
            digits,
            span.Contains('@'),
            span.ContainsAnyExceptInRange('\0', '\u007f'),
            span.Contains('.'),
            span.Contains('/'),
            span.Contains(':'));
    }
}
