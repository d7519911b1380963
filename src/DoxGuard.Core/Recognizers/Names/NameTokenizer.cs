using System.Buffers;

namespace DoxGuard.Recognizers.Names;

/// <summary>Letter-case shape of a word token.</summary>
internal enum WordCase : byte
{
    Lower,
    Capitalized,
    Upper,
}

/// <summary>
/// A word of the text: letters with inner apostrophes and hyphens ("O'Brien", "Pérez-Reverte"). A trailing
/// possessive ("Kwiatkowski's") is outside <see cref="End"/> but inside <see cref="FullEnd"/>.
/// </summary>
internal struct NameToken
{
    public int Start;
    public int End;
    public int FullEnd;
    public WordCase Case;

    /// <summary>True once <see cref="Embedded"/> holds <see cref="NameTokenizer.IsEmbedded"/>'s answer.</summary>
    public bool EmbeddedKnown;

    /// <summary>
    /// Part of an email, URL, handle, hashtag or identifier: never a name on its own. Computed on first use: most
    /// words are lower-case and the recognizer never asks.
    /// </summary>
    public bool Embedded;

    /// <summary>The word is followed directly by a period ("Dr.", "M.").</summary>
    public bool Period;

    /// <summary>The word is followed by a colon, possibly after spaces ("name: ...").</summary>
    public bool Colon;

    /// <summary>
    /// Only spaces (after an optional period) separate it from the next word on the same line, and the word has
    /// no possessive ending.
    /// </summary>
    public bool JoinsNext;

    /// <summary>True once the fields below hold the gazetteer's answer (looked up at most once per token).</summary>
    public bool Resolved;

    /// <summary>True once <see cref="Classes"/> holds the word-class table's answer.</summary>
    public bool ClassesResolved;

    public byte FirstWeight;
    public byte LastWeight;
    public byte NameFlags;
    public ushort Classes;

    public readonly int Length => End - Start;
}

/// <summary>
/// Splits a text into word tokens in one pass. The buffer comes from the shared array pool: the recognizer runs
/// on every post, and a per-post allocation of a token list would dominate its cost.
/// </summary>
internal ref struct NameTokenizer
{
    private NameToken[] _buffer;

    public NameTokenizer(string text)
    {
        _buffer = ArrayPool<NameToken>.Shared.Rent(Math.Max(4, (text.Length / 2) + 2));
        Count = Tokenize(text, _buffer);
    }

    public int Count { get; }

    public readonly Span<NameToken> Tokens => _buffer.AsSpan(0, Count);

    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<NameToken>.Shared.Return(_buffer);
            _buffer = null!;
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    // Same answer as char.IsLetter; most text is ASCII and takes the first test only.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c >= 0x80 && char.IsLetter(c));

    private static int Tokenize(string text, NameToken[] tokens)
    {
        int count = 0;
        int i = 0;
        int n = text.Length;
        while (i < n)
        {
            if (!IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            i++;
            while (i < n)
            {
                char c = text[i];
                if (char.IsAsciiLetter(c))
                {
                    i++;
                }
                else if (c >= 0x80 && (char.IsLetter(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }
                else if ((IsApostrophe(c) || c == '-') && i + 1 < n && IsLetter(text[i + 1]))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }

            int fullEnd = i;
            int end = fullEnd;
            if (end - start > 2 && (text[end - 1] is 's' or 'S') && IsApostrophe(text[end - 2]))
            {
                end -= 2;
            }
            else if (end < n && IsApostrophe(text[end]) && end > start && text[end - 1] is 's' or 'S')
            {
                // "Williams' car": the apostrophe alone marks the possessive.
                fullEnd = end + 1;
            }

            ref NameToken token = ref tokens[count++];
            token = default;
            token.Start = start;
            token.End = end;
            token.FullEnd = fullEnd;
            token.Case = CaseOf(text.AsSpan(start, end - start));
            token.Period = fullEnd < n && text[fullEnd] == '.';

            int gap = fullEnd + (token.Period ? 1 : 0);
            int spaces = 0;
            while (gap < n && text[gap] is ' ' or '\t' or '\u00A0')
            {
                gap++;
                spaces++;
            }

            token.Colon = gap < n && text[gap] == ':';
            // A possessive ends the name ("Kwiatkowski's wife"); whether a period may sit inside a name ("M.",
            // "Dr.") is the recognizer's call, as only it knows initials and titles.
            token.JoinsNext = spaces is > 0 and <= 3 && gap < n && IsLetter(text[gap]) && fullEnd == end;
        }

        return count;
    }

    // char.IsUpper and char.IsLower, with the ASCII answers inline: most words are ASCII and lower-case.
    private static WordCase CaseOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return WordCase.Lower;
        }

        char first = word[0];
        if (first < 0x80 ? !char.IsAsciiLetterUpper(first) : !char.IsUpper(first))
        {
            return WordCase.Lower;
        }

        foreach (char c in word[1..])
        {
            if (c < 0x80 ? char.IsAsciiLetterLower(c) : char.IsLower(c))
            {
                return WordCase.Capitalized;
            }
        }

        return word.Length == 1 ? WordCase.Capitalized : WordCase.Upper;
    }

    /// <summary>True when the word text[start..end) (end: its full end, possessive included) is part of an identifier.</summary>
    public static bool IsEmbedded(string text, int start, int end)
    {
        if (start > 0)
        {
            char before = text[start - 1];
            if (before is '@' or '#' or '/' or '_' or '\\' or '=' or '.' || char.IsDigit(before))
            {
                return true;
            }
        }

        if (end < text.Length)
        {
            char after = text[end];
            if (after is '@' or '_' or '/' or '\\' or '=' || char.IsDigit(after))
            {
                return true;
            }

            // "daniel.k@mail.com", "example.com": a dot glued to more letters is an identifier, not an initial.
            if (after == '.' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>First word of a sentence, line or list item: its capital letter is no evidence.</summary>
    public static bool IsSentenceStart(string text, int start)
    {
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '"' or '\'' or '(' or '[' or '*' or '-' or '>' or '\u2022' or '\u201C' or '\u2018' or '\u00BF' or '\u00A1')
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '\n' or '\r' or ':' or ';' or '\u2026';
    }
}
