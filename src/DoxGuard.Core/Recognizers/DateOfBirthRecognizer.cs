using System.Globalization;
using System.Text.RegularExpressions;
using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers;

/// <summary>
/// Finds dates of birth: a full date (or a day and month) with a birth cue close to it ("DOB", "born",
/// "birthday", "fecha de nacimiento", "nació el"). A date without a cue is a meeting or a deadline, not a DOB,
/// and is not reported. A birth year alone ("born in 1985") is not reported either: millions share it, bios and
/// news state it routinely, and it identifies no one.
/// </summary>
internal sealed partial class DateOfBirthRecognizer : EntityRecognizer
{
    // How far a cue may sit before the date ("Date of birth of the suspect: 3/4/1985") or after it ("3/4/85 (DOB)").
    private const int MaxCueGapBefore = 32;
    private const int MaxCueGapAfter = 6;

    private static readonly string[] MonthsEn =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] MonthsEs =
        ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];

    /// <inheritdoc />
    public override string Name => "DateOfBirthRecognizer";

    /// <inheritdoc />
    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.DateOfBirth];

    /// <inheritdoc />
    public override IEnumerable<RecognizerExample> Examples { get; } =
    [
        new("DOB: 03/14/1985", EntityType.DateOfBirth, "03/14/1985"),
        new("D.O.B. 3/4/85, lives on Elm", EntityType.DateOfBirth, "3/4/85"),
        new("he was born on March 3, 1985 in Ohio", EntityType.DateOfBirth, "March 3, 1985"),
        new("born 3 March 1985", EntityType.DateOfBirth, "3 March 1985"),
        new("date of birth 1985-03-03", EntityType.DateOfBirth, "1985-03-03"),
        new("Her birthday is July 4th", EntityType.DateOfBirth, "July 4th"),
        new("Dan Kwiatkowski (b. 12/01/1979)", EntityType.DateOfBirth, "12/01/1979"),
        new("14/03/1985 (DOB)", EntityType.DateOfBirth, "14/03/1985"),
        new("Fecha de nacimiento: 14/03/1985", EntityType.DateOfBirth, "14/03/1985", "es"),
        new("Nació el 3 de marzo de 1985 en Sevilla", EntityType.DateOfBirth, "3 de marzo de 1985", "es"),
        new("su cumpleaños es el 5 de mayo", EntityType.DateOfBirth, "5 de mayo", "es"),
        new("I was born in 1985", EntityType.DateOfBirth, null),
        new("the meeting on 03/04/2021 went well", EntityType.DateOfBirth, null),
        new("deadline 11/28/2026", EntityType.DateOfBirth, null),
        new("Happy birthday! The meeting is 03/04/2021", EntityType.DateOfBirth, null),
        new("DOB 13/13/1985", EntityType.DateOfBirth, null),
        new("La reunión es el 3 de marzo de 2025", EntityType.DateOfBirth, null, "es"),
    ];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        string text = context.Text;

        // Every date form has a digit (a day at least).
        if (!context.Traits.HasDigit)
        {
            return;
        }

        // Most posts carry no birth cue: a vectorized look at each 'b' and for "nac"/"cumple" rules out most of
        // them before the cue regex runs; it only answers "maybe", and the regex decides.
        if (!MayHaveCue(text))
        {
            return;
        }

        // One linear scan for cues rules out the rest before any date pattern runs.
        Span<(int Start, int End, bool Tight)> cues = stackalloc (int, int, bool)[8];
        int cueCount = 0;
        foreach (ValueMatch cue in CueRegex().EnumerateMatches(text))
        {
            if (cueCount == cues.Length)
            {
                break;
            }

            bool tight = cue.Length <= 2; // "b." binds only to a date right after it
            cues[cueCount++] = (cue.Index, cue.Index + cue.Length, tight);
        }

        if (cueCount == 0)
        {
            return;
        }

        ReadOnlySpan<(int Start, int End, bool Tight)> found = cues[..cueCount];

        // Match and NextMatch, not Matches: the same matches in the same order without a collection per pattern.
        for (Match match = NumericDateRegex().Match(text); match.Success; match = match.NextMatch())
        {
            TryAdd(text, match, ParseNumeric(match, context.IsSpanish), found, results);
        }

        for (Match match = IsoDateRegex().Match(text); match.Success; match = match.NextMatch())
        {
            TryAdd(text, match, ParseIso(match), found, results);
        }

        for (Match match = MonthDayRegex().Match(text); match.Success; match = match.NextMatch())
        {
            TryAdd(text, match, ParseText(match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["y"].Value), found, results);
        }

        for (Match match = DayMonthRegex().Match(text); match.Success; match = match.NextMatch())
        {
            TryAdd(text, match, ParseText(match.Groups["m"].Value, match.Groups["d"].Value, match.Groups["y"].Value), found, results);
        }
    }

    // Every cue of CueRegex holds "birth", "born", "bday", "b-day", a word "b.", a "d o b" with at most two
    // characters between the letters, "nac" or "cumple". Most words with a 'b' are none of these.
    private static bool MayHaveCue(string text)
    {
        ReadOnlySpan<char> span = text;
        int from = 0;
        while (true)
        {
            int found = span[from..].IndexOfAny('b', 'B');
            if (found < 0)
            {
                break;
            }

            int k = from + found;
            ReadOnlySpan<char> rest = span[k..];
            if (rest.StartsWith("birth", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("born", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("bday", StringComparison.OrdinalIgnoreCase)
                || rest.StartsWith("b-day", StringComparison.OrdinalIgnoreCase)
                || (rest.StartsWith("b.", StringComparison.Ordinal) && (k == 0 || !char.IsAsciiLetterOrDigit(span[k - 1])))
                || (rest.StartsWith("B.", StringComparison.Ordinal) && (k == 0 || !char.IsAsciiLetterOrDigit(span[k - 1])))
                || IsSpelledDob(span, k))
            {
                return true;
            }

            from = k + 1;
        }

        // "nac" and "cumple" both hold a 'c': a scan for it and a look around, ASCII letters either case (the cue
        // regex is case-insensitive and culture-invariant, so these letters match nothing else).
        from = 0;
        while (true)
        {
            int found = span[from..].IndexOfAny('c', 'C');
            if (found < 0)
            {
                return false;
            }

            int c = from + found;
            if ((c >= 2 && (span[c - 2] | 0x20) == 'n' && (span[c - 1] | 0x20) == 'a')
                || (c + 6 <= span.Length && IsLowerAsciiWord(span.Slice(c + 1, 5), "umple")))
            {
                return true;
            }

            from = c + 1;
        }
    }

    // "dob", "D.O.B.", "d. o. b": the cue regex's \bd\.?\s?o\.?\s?b\b, loosened to any mix of at most two periods
    // and white spaces between the letters, so that look-alikes ("drop by", "and nobody") stop here. Only an ASCII
    // letter, digit or '_' is taken for a word character, which keeps the test a superset of the regex's.
    private static bool IsSpelledDob(ReadOnlySpan<char> span, int b)
    {
        if (b + 1 < span.Length && IsAsciiWordChar(span[b + 1]))
        {
            return false;
        }

        int o = PreviousAfterGap(span, b);
        if (o < 0 || (span[o] | 0x20) != 'o')
        {
            return false;
        }

        int d = PreviousAfterGap(span, o);
        return d >= 0 && (span[d] | 0x20) == 'd' && (d == 0 || !IsAsciiWordChar(span[d - 1]));
    }

    // The index of the character before k once at most two periods or white spaces are skipped; -1 at the start.
    private static int PreviousAfterGap(ReadOnlySpan<char> span, int k)
    {
        int at = k - 1;
        for (int skipped = 0; skipped < 2 && at >= 0 && (span[at] == '.' || char.IsWhiteSpace(span[at])); skipped++)
        {
            at--;
        }

        return at;
    }

    // True when the letters equal the lower-case ASCII word ignoring the case of ASCII letters.
    private static bool IsLowerAsciiWord(ReadOnlySpan<char> letters, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if ((letters[i] | 0x20) != word[i])
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static void TryAdd(
        string text, Match match, (bool Valid, string? Iso) date, ReadOnlySpan<(int Start, int End, bool Tight)> cues, ICollection<RecognizerResult> results)
    {
        if (!date.Valid)
        {
            return;
        }

        int start = match.Index;
        int end = match.Index + match.Length;
        foreach ((int cueStart, int cueEnd, bool tight) in cues)
        {
            bool before = cueEnd <= start && start - cueEnd <= (tight ? 2 : MaxCueGapBefore) && NoBreak(text, cueEnd, start);
            bool after = cueStart >= end && cueStart - end <= MaxCueGapAfter && NoBreak(text, end, cueStart);
            if (before || after)
            {
                // Without a year the date is weaker evidence ("birthday is July 4th"), but still a birth date.
                double score = date.Iso is null ? 0.75 : 0.95;
                results.Add(new RecognizerResult(EntityType.DateOfBirth, start, end, score, "date with a birth cue", date.Iso));
                return;
            }
        }
    }

    // A sentence break between the cue and the date means they talk about different things.
    private static bool NoBreak(string text, int from, int to)
    {
        foreach (char c in text.AsSpan(from, to - from))
        {
            if (c is '!' or '?' or '\n' or '\r' or ';')
            {
                return false;
            }
        }

        // A period counts as a break only when followed by a space ("... birthday. The meeting 3/4/2021").
        int dot = text.AsSpan(from, to - from).IndexOf(". ");
        return dot < 0;
    }

    private static (bool, string?) ParseNumeric(Match match, bool spanish)
    {
        int a = int.Parse(match.Groups["a"].ValueSpan, CultureInfo.InvariantCulture);
        int b = int.Parse(match.Groups["b"].ValueSpan, CultureInfo.InvariantCulture);
        Group yearGroup = match.Groups["y"];
        int? year = yearGroup.Success ? ExpandYear(yearGroup.ValueSpan) : null;
        if (yearGroup.Success && year is null)
        {
            return (false, null);
        }

        // US order first, the day-first order of Spanish and most of the world when the text is Spanish or the
        // US reading is impossible (14/03).
        (int month, int day) = spanish || a > 12 ? (b, a) : (a, b);
        if (!IsValid(year ?? 2000, month, day))
        {
            (month, day) = (day, month);
            if (!IsValid(year ?? 2000, month, day))
            {
                return (false, null);
            }
        }

        return (true, year is null ? null : $"{year:D4}-{month:D2}-{day:D2}");
    }

    private static (bool, string?) ParseIso(Match match)
    {
        int? year = ExpandYear(match.Groups["y"].ValueSpan);
        int month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        return year is not null && IsValid(year.Value, month, day) ? (true, $"{year:D4}-{month:D2}-{day:D2}") : (false, null);
    }

    private static (bool, string?) ParseText(string monthName, string dayText, string yearText)
    {
        string key = monthName.Length >= 3 ? monthName[..3].ToLowerInvariant() : monthName.ToLowerInvariant();
        int month = Array.IndexOf(MonthsEn, key) + 1;
        if (month == 0)
        {
            month = key == "set" ? 9 : Array.IndexOf(MonthsEs, key) + 1;
        }

        if (month == 0 || !int.TryParse(dayText, NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            return (false, null);
        }

        int? year = yearText.Length > 0 ? ExpandYear(yearText) : null;
        if (yearText.Length > 0 && year is null)
        {
            return (false, null);
        }

        return IsValid(year ?? 2000, month, day) ? (true, year is null ? null : $"{year:D4}-{month:D2}-{day:D2}") : (false, null);
    }

    private static int? ExpandYear(ReadOnlySpan<char> text)
    {
        int value = int.Parse(text, CultureInfo.InvariantCulture);
        int now = DateTime.UtcNow.Year;
        if (text.Length == 2)
        {
            // Two-digit years: a birth year is in the past, so "85" is 1985 and "09" is 2009.
            value += value <= now % 100 ? 2000 : 1900;
        }

        return value >= 1900 && value <= now ? value : null;
    }

    private static bool IsValid(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    // Source-generated backtracking matchers: no quantifier here nests another or competes with its neighbour for the
    // same characters, so matching stays linear, and the timeout bounds it regardless. The non-backtracking engine
    // found the same matches but built its automata at startup, ~45 ms of every process for five small patterns.
    // The timeout is wall time, so it is generous: at 100 ms a thread paused on a loaded machine failed a post.
    private const int MatchTimeoutMs = 2000;

    // Cues in English and Spanish.
    [GeneratedRegex(
        @"\b(?:d\.?\s?o\.?\s?b\b\.?|date\s+of\s+birth|birth\s?date|birthday|b-?day|born|b\.|fecha\s+de\s+nacimiento|f\.\s?(?:de\s)?nac\b\.?|naci[oó]|nacid[oa]|nacimiento|cumpleaños|cumple)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex CueRegex();

    [GeneratedRegex(
        @"\b(?<a>\d{1,2})[/.-](?<b>\d{1,2})(?:[/.-](?<y>\d{4}|\d{2}))?\b",
        RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex NumericDateRegex();

    [GeneratedRegex(
        @"\b(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b",
        RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex IsoDateRegex();

    [GeneratedRegex(
        @"\b(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex MonthDayRegex();

    [GeneratedRegex(
        @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?<m>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\b\.?(?:,?\s+(?:de\s+|del\s+)?(?<y>\d{4})\b)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeoutMs)]
    private static partial Regex DayMonthRegex();
}
