using DoxGuard.Analysis;

namespace DoxGuard.Registry;

/// <summary>A run of letters and digits, or a lone '#', '@' or '+', in a text.</summary>
internal readonly record struct TextToken(int Start, int End, int Letters, int Digits)
{
    public int Length => End - Start;

    public bool IsNumber => Digits == Length;

    public bool IsWord => Letters == Length;

    public bool IsSymbol => Letters == 0 && Digits == 0;
}

/// <summary>Splits a text into <see cref="TextToken"/>s and tells what lies between two tokens.</summary>
internal sealed class TextTokens
{
    private readonly List<TextToken> _tokens;

    [ThreadStatic]
    private static TextTokens? t_cached;

    public TextTokens(string text)
    {
        _tokens = new List<TextToken>(Math.Max(4, text.Length / 5));
        Text = text;
        Tokenize();
    }

    private TextTokens()
    {
        _tokens = new List<TextToken>(64);
        Text = string.Empty;
    }

    public string Text { get; private set; }

    /// <summary>
    /// The calling thread's reusable instance, re-read for <paramref name="text"/>: the matcher tokenizes every post,
    /// and a fresh list per post would be most of its allocations. Valid until the thread's next call.
    /// </summary>
    public static TextTokens ForThread(string text)
    {
        TextTokens tokens = t_cached ??= new TextTokens();
        tokens.Text = text;
        tokens._tokens.Clear();
        tokens.HasDigits = false;
        tokens.Tokenize();
        return tokens;
    }

    /// <summary>
    /// False only when no token-based scan can find anything: no digit (phones, plates and house numbers need
    /// one), and, in Latin-1 text written in mixed case, no capitalised word followed by another within two tokens
    /// (a name pair, with or without a middle initial). Most chatter is like that, and this costs a few vectorized
    /// searches where tokenizing costs a pass over every character.
    /// </summary>
    public static bool NeedsTokens(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9') || text.ContainsAnyExceptInRange('\0', '\u00ff'))
        {
            return true; // digits, or characters beyond Latin-1 whose case and kind the full tokenizer decides
        }

        return NeedsNameTokens(text);
    }

    /// <summary>
    /// <see cref="NeedsTokens(ReadOnlySpan{char})"/> for the engine's post, whose <paramref name="traits"/> (computed
    /// once for every recognizer) already tell whether it has a digit or any character beyond ASCII: two searches of
    /// the text fewer, and none beyond Latin-1 in an ASCII post.
    /// </summary>
    public static bool NeedsTokens(ReadOnlySpan<char> text, TextTraits traits)
    {
        if (traits.HasDigit || (traits.HasNonAscii && text.ContainsAnyExceptInRange('\0', '\u00ff')))
        {
            return true;
        }

        return NeedsNameTokens(text);
    }

    private static bool NeedsNameTokens(ReadOnlySpan<char> text)
    {

        // The name scan's own test for a post written in one case, where any word pair may be a name.
        if (!text.ContainsAnyInRange('a', 'z') || !text.ContainsAnyInRange('A', 'Z'))
        {
            return true;
        }

        // Two vectorized range searches (ASCII and Latin-1 capitals) instead of one set search, which for a set
        // beyond ASCII tests character by character.
        int ascii = text.IndexOfAnyInRange('A', 'Z');
        int latin = text.IndexOfAnyInRange('\u00c0', '\u00de');
        while (ascii >= 0 || latin >= 0)
        {
            int at;
            if (latin < 0 || (ascii >= 0 && ascii < latin))
            {
                at = ascii;
                int next = text[(at + 1)..].IndexOfAnyInRange('A', 'Z');
                ascii = next < 0 ? -1 : at + 1 + next;
            }
            else
            {
                at = latin;
                int next = text[(at + 1)..].IndexOfAnyInRange('\u00c0', '\u00de');
                latin = next < 0 ? -1 : at + 1 + next;
            }

            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue; // inside a word
            }

            int following = NextWordStart(text, at);
            if (following < text.Length && char.IsUpper(text[following]))
            {
                return true;
            }

            following = NextWordStart(text, following);
            if (following < text.Length && char.IsUpper(text[following]))
            {
                return true;
            }
        }

        return false;

        static int NextWordStart(ReadOnlySpan<char> text, int at)
        {
            while (at < text.Length && char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            while (at < text.Length && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            return at;
        }
    }

    private void Tokenize()
    {
        // Every post is tokenized: an ASCII class table keeps this at well under a nanosecond a character, where the
        // general Unicode predicates cost three calls per character.
        ReadOnlySpan<byte> ascii = AsciiClass;
        string text = Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int kind = c < 128 ? ascii[c] : (char.IsLetterOrDigit(c) ? Other : Gap);
            if (kind == Gap)
            {
                if (c is '#')
                {
                    _tokens.Add(new TextToken(i, i + 1, 0, 0));
                }

                i++;
                continue;
            }

            int start = i;
            int letters = 0;
            int digits = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (c < 128)
                {
                    kind = ascii[c];
                    if (kind == Gap)
                    {
                        break;
                    }

                    letters += kind & Letter;
                    digits += (kind & Digit) >> 1;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    letters += char.IsLetter(c) ? 1 : 0; // a non-ASCII digit is part of the token but neither kind
                }
                else
                {
                    break;
                }

                i++;
            }

            _tokens.Add(new TextToken(start, i, letters, digits));
            HasDigits |= digits > 0;
        }
    }

    /// <summary>True when some token has an ASCII digit: phones, plates and house numbers all need one.</summary>
    public bool HasDigits { get; private set; }

    private const int Gap = 0;
    private const int Letter = 1;
    private const int Digit = 2;
    private const int Other = 4;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    public int Count => _tokens.Count;

    public TextToken this[int index] => _tokens[index];

    public ReadOnlySpan<char> Value(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>The characters between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        int from = index == 0 ? 0 : _tokens[index - 1].End;
        return Text.AsSpan(from, _tokens[index].Start - from);
    }

    /// <summary>True when only spaces (and at most a dash or dot) separate token <paramref name="index"/> from the one before.</summary>
    public bool Adjacent(int index, bool allowComma = false)
    {
        if (index == 0)
        {
            return false;
        }

        ReadOnlySpan<char> gap = GapBefore(index);
        if (gap.Length > 3)
        {
            return false;
        }

        foreach (char c in gap)
        {
            if (!(c is ' ' or '\t' or '-' or '.' || (allowComma && c == ',')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a sentence or line ends between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public bool BoundaryBefore(int index)
    {
        foreach (char c in GapBefore(index))
        {
            if (c is '\n' or '\r' or ';' or '!' or '?' or '|' or '(' or ')' or '"')
            {
                return true;
            }
        }

        ReadOnlySpan<char> gap = GapBefore(index);
        int dot = gap.IndexOf('.');

        // "Ave. Chicago" is an abbreviation, "Ave. Then" a sentence end: only a dot followed by a space and a word
        // that does not look like a place ends the address, so treat ". " as a boundary only after a long word.
        return dot >= 0 && index > 0 && _tokens[index - 1].Length > 4 && gap.Length > dot + 1;
    }
}
