using System.Runtime.CompilerServices;

namespace DoxGuard.Normalization;

/// <summary>
/// One cheap left-to-right pass that tells which stages of <see cref="TextNormalizer"/> could possibly edit a text,
/// so that a post with nothing to undo (nearly all of them) skips every stage and allocates nothing but its result.
/// </summary>
/// <remarks>
/// Each flag is a necessary condition of its stage, never a sufficient one: a false flag guarantees the stage would
/// record no edit, a true flag only means the stage must run. The conditions mirror the stages' own token rules:
/// every token a stage can act on is also a maximal run of ASCII letters or ASCII digits here, and any other
/// character (accented, foreign, emoji) only ends a token, so the flags stay valid when <see cref="Characters"/> is set.
/// </remarks>
internal readonly struct NormalizationProbe
{
    private const int MaxGap = 3;

    // Lower-case ASCII words of up to 6 letters, packed as they are read.
    private static readonly PackedWordTable Words = BuildWords();

    private static readonly bool[] QuietTable = BuildQuietTable();

    private NormalizationProbe(bool characters, bool spelled, bool spaced, bool lookalike, bool email)
    {
        Characters = characters;
        Spelled = spelled;
        Spaced = spaced;
        Lookalike = lookalike;
        Email = email;
    }

    private enum WordKind : byte
    {
        None,
        Digit,
        Zero,
        At,
        Dot,
        Provider,
    }

    /// <summary>Control, invisible, odd-space, foldable or confusable characters may be present.</summary>
    public bool Characters { get; }

    /// <summary>A run of three digit elements holding a spelled word ("five", "oh", "double") may be present.</summary>
    public bool Spelled { get; }

    /// <summary>A single digit followed by a short gap and another digit or look-alike may be present.</summary>
    public bool Spaced { get; }

    /// <summary>A digit touches an O, o, l, I or |.</summary>
    public bool Lookalike { get; }

    /// <summary>An "at" marker and a dot that could end in a domain are both present.</summary>
    public bool Email { get; }

    /// <summary>True when no stage can edit the text.</summary>
    public bool IsQuiet => !(Characters || Spelled || Spaced || Lookalike || Email);

    /// <summary>Probes <paramref name="text"/>.</summary>
    /// <remarks>
    /// Compiled fully optimized from the first call: it runs on every post, and on a busy single core the tiered
    /// JIT can leave it in unoptimized code for seconds.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static NormalizationProbe Of(string text)
    {
        ReadOnlySpan<char> s = text;
        int n = s.Length;
        bool characters = false;
        bool spelled = false;
        bool spaced = false;
        bool lookalike = false;
        bool atWord = false;
        bool strongAt = false;
        bool providerAfterAt = false;
        int atEnd = -2 * MaxGap;
        bool dotWord = false;
        bool atChar = false;
        bool bareAt = false;
        bool bareDot = false;
        bool tailDot = false;

        // The current run of digit elements (spelled words, "oh"/"o", numbers) joined by short separators.
        int runCount = 0;
        bool runHasWord = false;
        int runEnd = -1;

        int i = 0;
        while (i < n)
        {
            char c = s[i];
            int start = i;
            bool word;
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                ulong key = 0;
                do
                {
                    if (i - start < 8)
                    {
                        key |= (ulong)(s[i] | 0x20) << (8 * (i - start));
                    }

                    i++;
                }
                while (i < n && (uint)((s[i] | 0x20) - 'a') <= 'z' - 'a');

                // Runs longer than 8 letters pack their first 8, which only mail providers' prefixes can match.
                WordKind kind = Words.TryGetValue(key, out int found) ? (WordKind)found : WordKind.None;
                providerAfterAt |= kind == WordKind.Provider && start - atEnd <= MaxGap && IsSpaces(s[atEnd..start]);
                switch (kind)
                {
                    case WordKind.At:
                        // A bracketed "(at)" needs no mail provider after it; a bare "at" does, or a spelled dot.
                        atWord = true;
                        atEnd = i;
                        strongAt |= IsAfterBracket(s, start);
                        runCount = 0;
                        continue;
                    case WordKind.Dot:
                        dotWord = true;
                        runCount = 0;
                        continue;
                    case WordKind.None or WordKind.Provider:
                        runCount = 0;
                        continue;
                    default:
                        word = true;
                        break;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                do
                {
                    i++;
                }
                while (i < n && char.IsAsciiDigit(s[i]));

                word = false;
                char before = start > 0 ? s[start - 1] : ' ';
                char after = i < n ? s[i] : ' ';
                lookalike |= IsLookalike(before) || IsLookalike(after);
                if (!spaced && i - start == 1 && !char.IsLetterOrDigit(before) && !char.IsLetterOrDigit(after))
                {
                    int g = i;
                    while (g < n && g - i < MaxGap && s[g] is ' ' or '.' or '-' or '_' or '*')
                    {
                        g++;
                    }

                    spaced = g > i && g < n && (char.IsAsciiDigit(s[g]) || IsLookalike(s[g]));
                }
            }
            else
            {
                i++;
                if (c >= 0x80)
                {
                    characters |= c >= QuietTable.Length || !QuietTable[c];
                }
                else if (c < 0x20)
                {
                    characters |= c is not ('\n' or '\r');
                }
                else if (c == '@')
                {
                    atChar = true;
                    bareAt |= (start == 0 || !IsEmailChar(s[start - 1])) && (i == n || !IsEmailChar(s[i]));
                }
                else if (c == '.')
                {
                    bareDot |= start == 0 || !IsEmailChar(s[start - 1]);
                    tailDot |= i < n && char.IsAsciiLetter(s[i]);
                }

                continue;
            }

            // A digit element: extend the run when the gap since the previous one is a short separator.
            runCount = runCount > 0 && IsSeparator(s[runEnd..start]) ? runCount + 1 : 1;
            runHasWord = (runCount > 1 && runHasWord) || word;
            runEnd = i;
            spelled |= runCount >= 3 && runHasWord;
        }

        bool spelledDot = dotWord || bareDot;
        // EmailStage: a bare "at" word without a spelled dot must be followed by a mail provider ("look at amazon.com").
        strongAt |= bareAt || (atChar && spelledDot);
        bool email = (strongAt && (spelledDot || tailDot)) || (atWord && (spelledDot || (tailDot && providerAfterAt)));
        return new NormalizationProbe(characters, spelled, spaced, lookalike, email);
    }

    /// <summary>True for a non-ASCII character that no character stage edits: accented letters, typographic punctuation.</summary>
    internal static bool IsQuietChar(char c) => c < QuietTable.Length && QuietTable[c];

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty || gap.Length > MaxGap)
        {
            return false;
        }

        foreach (char c in gap)
        {
            if (c is not (' ' or '-' or ',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSpaces(ReadOnlySpan<char> gap) => !gap.IsEmpty && !gap.ContainsAnyExcept(' ');

    /// <summary>An opening bracket, then at most three spaces, before <paramref name="start"/>: "(at)", "[ dot ]".</summary>
    private static bool IsAfterBracket(ReadOnlySpan<char> s, int start)
    {
        int k = start - 1;
        while (k >= 0 && start - k <= 4 && s[k] == ' ')
        {
            k--;
        }

        return k >= 0 && s[k] is '(' or '[' or '{' or '<';
    }

    private static bool IsLookalike(char c) => c is 'O' or 'o' or 'l' or 'I' or '|';

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '@' or ',';

    private static PackedWordTable BuildWords()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in (string[])[
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve",
            "double", "doble", "triple"])
        {
            words[w] = (int)WordKind.Digit;
        }

        words["oh"] = (int)WordKind.Zero;
        words["o"] = (int)WordKind.Zero;
        words["at"] = (int)WordKind.At;
        words["arroba"] = (int)WordKind.At;
        words["dot"] = (int)WordKind.Dot;
        words["punto"] = (int)WordKind.Dot;
        foreach (string provider in (string[])[
            "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me", "mac",
            "protonmail", "proton", "pm", "gmx", "mail", "yandex", "zoho", "hey", "fastmail", "tutanota", "tuta",
            "comcast", "verizon", "att", "sbcglobal", "terra", "prodigy", "telmex"])
        {
            words[provider.Length > PackedWordTable.MaxLength ? provider[..PackedWordTable.MaxLength] : provider] = (int)WordKind.Provider;
        }
        return new PackedWordTable(words);
    }

    // Derived from the stages' own predicates, so the table can never disagree with them. The ranges cover the
    // letters and punctuation of ordinary English and Spanish posts (á é í ó ú ñ ü ¿ ¡ « » “ ” ‘ ’ – — €).
    private static bool[] BuildQuietTable()
    {
        bool[] table = new bool[0x20D0];
        foreach ((int from, int to) in (ReadOnlySpan<(int, int)>)[(0x00A0, 0x024F), (0x2010, 0x206F), (0x20A0, 0x20CF)])
        {
            for (int c = from; c <= to; c++)
            {
                char ch = (char)c;
                table[c] = !CharacterStage.IsInvisible(ch)
                    && !CharacterStage.IsOddSpace(ch)
                    && !UnicodeFolding.IsCombiningMark(ch)
                    && UnicodeFolding.Fold(c) is null
                    && HomoglyphStage.ToLatin(ch) == '\0'
                    && !char.IsDigit(ch);
            }
        }

        return table;
    }
}
