using System.Text;
using DoxGuard.Lexicons;
using DoxGuard.Recognizers.Addresses;

namespace DoxGuard.Registry;

/// <summary>
/// An address cut into the parts the registry keys on: the street core (house number + street name words) and the
/// qualifiers that tell two look-alike addresses apart (directional, suffix, unit, city, state, ZIP).
/// </summary>
/// <param name="Core">"6120 KILBOURN": house number and street name, upper-case, without directional or suffix.</param>
/// <param name="Directional">"S", or null.</param>
/// <param name="Suffix">USPS suffix abbreviation ("AVE"), or null.</param>
/// <param name="Unit">Unit identifier without its designator ("4B" for "Apt 4B" and "#4B"), or null.</param>
/// <param name="City">Upper-case city words, or null.</param>
/// <param name="State">Two-letter state code, or null.</param>
/// <param name="Zip">Five-digit ZIP, or null.</param>
/// <param name="CityTentative">True when the city words were not followed by a state or ZIP, so they may be plain words.</param>
/// <param name="StartToken">First token of the address.</param>
/// <param name="EndToken">One past the last token the address used.</param>
internal sealed record AddressParts(
    string Core, string? Directional, string? Suffix, string? Unit, string? City, string? State, string? Zip,
    bool CityTentative, int StartToken, int EndToken)
{
    /// <summary>True when a tentative city's first word is capitalised in the post, as a place name would be.</summary>
    public bool CityCapitalized { get; init; }
}

/// <summary>Parses addresses, in a record and in a post, with the same rules, so both sides produce the same keys.</summary>
internal static class AddressKeys
{
    private const int MaxNameWords = 4;
    private const int MaxCityWords = 3;

    private static readonly Dictionary<string, string> OrdinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = "1ST", ["second"] = "2ND", ["third"] = "3RD", ["fourth"] = "4TH", ["fifth"] = "5TH", ["sixth"] = "6TH",
        ["seventh"] = "7TH", ["eighth"] = "8TH", ["ninth"] = "9TH", ["tenth"] = "10TH", ["eleventh"] = "11TH", ["twelfth"] = "12TH",
    };

    /// <summary>A street line that starts at token <paramref name="start"/> (the house number).</summary>
    internal readonly record struct StreetParse(string Core, string? Directional, string? Suffix, int EndToken, bool EndsWithSuffix);

    /// <summary>True when token <paramref name="index"/> can be a house number.</summary>
    public static bool IsHouseNumber(TextTokens tokens, int index)
    {
        TextToken token = tokens[index];
        if (!token.IsNumber || token.Length > 6 || index + 1 >= tokens.Count || tokens[index + 1].Letters == 0 || !tokens.Adjacent(index + 1))
        {
            return false;
        }

        // "6:40", "4/12", "$40", "3.5": times, dates, money and decimals are not house numbers.
        ReadOnlySpan<char> gap = tokens.GapBefore(index);
        return gap.Length == 0 || gap[^1] is not (':' or '/' or '$' or '.' or '€' or '£');
    }

    /// <summary>
    /// Every reading of the street line that starts at <paramref name="start"/>, longest first: a post does not say
    /// where the street name ends, so the caller tries each against the registry. A suffix ends the name ("Kilbourn
    /// Ave"); a reading without a suffix needs a house number of three or more digits or a directional, because
    /// "40 minutes" is far more common than "40 Kilbourn".
    /// </summary>
    public static List<StreetParse> StreetParses(TextTokens tokens, int start) => StreetParses(tokens, start, null);

    /// <summary>Decides from its characters alone whether a street core is worth a reading (a prefilter).</summary>
    public delegate bool CoreFilter(ReadOnlySpan<char> core);

    /// <summary>
    /// <see cref="StreetParses(TextTokens, int)"/>, leaving out the readings whose core <paramref name="filter"/>
    /// rejects before any string is built for them: a post's house numbers are mostly on streets in no record.
    /// </summary>
    public static List<StreetParse> StreetParses(TextTokens tokens, int start, CoreFilter? filter)
    {
        List<StreetParse>? parses = null;
        ReadOnlySpan<char> number = tokens.Value(start);
        int j = start + 1;
        string? directional = null;
        if (j + 1 < tokens.Count && StreetVocabulary.TryDirectional(tokens.Value(j), out string dir)
            && tokens[j + 1].Letters > 0 && tokens.Adjacent(j + 1) && !StreetVocabulary.TrySuffix(tokens.Value(j + 1), out _))
        {
            directional = dir;
            j++;
        }

        int last = j;
        bool suffixEnds = false;
        while (last < tokens.Count && last - j < MaxNameWords + 1 && tokens[last].Letters > 0 && (last == j || tokens.Adjacent(last))
            && !StreetVocabulary.IsUnitDesignator(tokens.Value(last)))
        {
            if (last > j && StreetVocabulary.TrySuffix(tokens.Value(last), out _))
            {
                last++;
                suffixEnds = true;
                break;
            }

            if (last > j && NameGazetteer.Instance.IsCommonWord(tokens.Value(last)))
            {
                break;
            }

            last++;
        }

        // Without a bare reading ("40 minutes ago"), only a reading that ends with a suffix counts, and the walk above
        // stopped at the first suffix after the first word: no suffix there, no reading; one there, the longest only.
        bool bareAllowed = number.Length >= 3 || directional is not null;
        if (!bareAllowed && !suffixEnds)
        {
            return NoParses;
        }

        Span<char> core = stackalloc char[CoreBuffer];
        Span<char> previous = stackalloc char[CoreBuffer];
        int previousLength = -1;
        int shortest = bareAllowed ? j + 1 : last;
        for (int end = last; end >= shortest; end--)
        {
            int words = end - j;
            string? suffix = null;
            bool endsWithSuffix = words > 1 && StreetVocabulary.TrySuffix(tokens.Value(end - 1), out suffix);
            if (!endsWithSuffix)
            {
                suffix = null;
            }

            int nameEnd = endsWithSuffix ? end - 1 : end;
            if (nameEnd - j > MaxNameWords || (!endsWithSuffix && !bareAllowed))
            {
                continue;
            }

            int coreLength = WriteCore(tokens, number, j, nameEnd, core);
            if (coreLength < 0)
            {
                coreLength = 0; // longer than any street: no filter, no dedupe, built as a string below
            }
            else if (coreLength == previousLength && core[..coreLength].SequenceEqual(previous[..previousLength]))
            {
                continue; // "Kilbourn" after "Kilbourn Ave": the same core, already tried
            }
            else
            {
                core[..coreLength].CopyTo(previous);
                previousLength = coreLength;
                if (filter is not null && !filter(core[..coreLength]))
                {
                    continue;
                }
            }

            string coreText = coreLength > 0 ? core[..coreLength].ToString() : BuildCore(tokens, number, j, nameEnd);
            int after = end;
            string? postDirectional = null;
            if (after < tokens.Count && tokens.Adjacent(after) && StreetVocabulary.TryDirectional(tokens.Value(after), out string post)
                && tokens[after].Length <= 2)
            {
                postDirectional = post;
                after++;
            }

            (parses ??= new List<StreetParse>(2)).Add(new StreetParse(coreText, directional ?? postDirectional, suffix, after, endsWithSuffix));
        }

        return parses ?? NoParses;
    }

    private const int CoreBuffer = 128;

    // Returned, never added to, for the many house numbers in a post with no street reading worth trying.
    private static readonly List<StreetParse> NoParses = [];

    /// <summary>Writes "NUMBER WORD WORD" into <paramref name="into"/>; -1 when it does not fit.</summary>
    private static int WriteCore(TextTokens tokens, ReadOnlySpan<char> number, int from, int to, Span<char> into)
    {
        if (number.Length > into.Length)
        {
            return -1;
        }

        number.CopyTo(into);
        int at = number.Length;
        for (int w = from; w < to; w++)
        {
            ReadOnlySpan<char> word = tokens.Value(w);
            if (at + 1 + word.Length > into.Length)
            {
                return -1;
            }

            into[at++] = ' ';
            if (OrdinalWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out string? ordinal))
            {
                ordinal.CopyTo(into[at..]);
                at += ordinal.Length;
            }
            else
            {
                at += UpperCase.Write(word, into[at..]);
            }
        }

        return at;
    }

    private static string BuildCore(TextTokens tokens, ReadOnlySpan<char> number, int from, int to)
    {
        var core = new StringBuilder(32).Append(number);
        for (int w = from; w < to; w++)
        {
            core.Append(' ').Append(CanonicalWord(tokens.Value(w)));
        }

        return core.ToString();
    }

    /// <summary>
    /// Reads the unit, city, state and ZIP that follow a street line ending at token <paramref name="from"/>.
    /// With <paramref name="strictCase"/> (posts), a two-letter state code counts only in capitals: "in", "or" and "me"
    /// are words far more often than states.
    /// </summary>
    public static AddressParts Qualify(TextTokens tokens, int start, StreetParse street, bool strictCase)
    {
        int p = street.EndToken;
        int end = p;
        string? unit = null;
        if (p + 1 < tokens.Count && !tokens.BoundaryBefore(p))
        {
            int q = p;
            if (StreetVocabulary.IsUnitDesignator(tokens.Value(q)))
            {
                q++;
            }

            bool hash = q < tokens.Count && tokens[q].IsSymbol && tokens.Value(q) is "#";
            if (hash)
            {
                q++;
            }

            if ((q > p) && q < tokens.Count && !tokens[q].IsSymbol && tokens[q].Digits > 0 && tokens[q].Length <= 6)
            {
                unit = tokens.Value(q).ToString().ToUpperInvariant();
                end = q + 1;
                p = end;
            }
        }

        var city = new List<string>(MaxCityWords);
        string? state = null;
        string? zip = null;
        bool sawComma = false;
        bool introduced = false;
        bool capitalized = false;
        for (int q = p; q < tokens.Count && q < p + MaxCityWords + 3; q++)
        {
            if (tokens.BoundaryBefore(q))
            {
                break;
            }

            sawComma |= tokens.GapBefore(q).Contains(',');
            TextToken token = tokens[q];
            ReadOnlySpan<char> value = tokens.Value(q);
            if (token.IsNumber && token.Length == 5)
            {
                zip = value.ToString();
                end = q + 1;
                if (q + 1 < tokens.Count && tokens[q + 1].IsNumber && tokens[q + 1].Length == 4 && tokens.GapBefore(q + 1) is "-")
                {
                    end = q + 2;
                }

                break;
            }

            if (token.IsWord && StreetVocabulary.TryState(value, out string code)
                && (!strictCase || value.Length > 2 || (char.IsUpper(value[0]) && char.IsUpper(value[1]))))
            {
                state = code;
                end = q + 1;
                continue;
            }

            if (state is not null || !token.IsWord || city.Count == MaxCityWords)
            {
                break;
            }

            if (city.Count == 0 && !sawComma && value.Equals("in", StringComparison.OrdinalIgnoreCase))
            {
                // "6120 S Kilbourn Ave in Chicago": the preposition introduces the city.
                introduced = true;
                continue;
            }

            introduced |= city.Count == 0 && sawComma;
            capitalized |= city.Count == 0 && char.IsUpper(value[0]);
            city.Add(CanonicalWord(value));
        }

        bool tentative = state is null && zip is null;
        if (tentative && !introduced)
        {
            // Words that run on after the street ("6120 Kilbourn Ave tonight") are not a city.
            city.Clear();
        }

        string? cityName = city.Count > 0 ? string.Join(' ', city) : null;

        return new AddressParts(street.Core, street.Directional, street.Suffix, unit, cityName, state, zip, tentative, start, end)
        {
            CityCapitalized = capitalized,
        };
    }

    /// <summary>
    /// Parses a registered address ("6120 S Kilbourn Ave, Chicago IL 60629") into every reading the matcher may meet:
    /// the registry's own token reading (what the direct scan of a post produces) and the address recognizer's
    /// canonical USPS reading (<see cref="AddressCanonicalizer"/>), when they differ. False with a reason when neither
    /// finds a house number and a street.
    /// </summary>
    public static bool TryParseRecord(string raw, out List<AddressParts> readings, out string? error)
    {
        readings = [];
        var tokens = new TextTokens(raw);
        if (tokens.Count >= 2 && IsHouseNumber(tokens, 0))
        {
            List<StreetParse> parses = StreetParses(tokens, 0);
            if (parses.Count > 0)
            {
                // A record's street ends at its suffix when it has one ("6120 S Kilbourn Ave Chicago"), else before the comma.
                StreetParse street = parses.Find(p => p.EndsWithSuffix);
                if (street.Core is null)
                {
                    street = parses[0];
                }

                // A record's words after the street are its city even without a state or ZIP.
                readings.Add(Qualify(tokens, 0, street, strictCase: false) with { CityTentative = false });
            }
        }

        if (AddressCanonicalizer.TryParse(raw, out ParsedAddress parsed) && FromParsed(parsed) is { } canonical
            && !readings.Exists(r => r.Core == canonical.Core && r.Suffix == canonical.Suffix && r.City == canonical.City))
        {
            readings.Add(canonical);
        }

        error = readings.Count == 0 ? "must start with a house number followed by a street name" : null;
        return readings.Count > 0;
    }

    /// <summary>The registry's parts of an address the recognizer's parser read; null unless it is a numbered US street.</summary>
    public static AddressParts? FromParsed(ParsedAddress parsed)
    {
        if (parsed.Form is not (AddressForm.UsStreet or AddressForm.UsHighway) || parsed.HouseNumber is null || parsed.StreetName is null)
        {
            return null;
        }

        var core = new StringBuilder(parsed.HouseNumber);
        foreach (string word in parsed.StreetName.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            core.Append(' ').Append(CanonicalWord(word));
        }

        string? zip = parsed.PostalCode is { Length: >= 5 } code ? code[..5] : null;
        string? city = parsed.City is null ? null : string.Join(' ', parsed.City.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => CanonicalWord(w)));
        return new AddressParts(core.ToString(), parsed.PreDirectional ?? parsed.PostDirectional, parsed.Suffix, parsed.Unit?.ToUpperInvariant(),
            city, parsed.State, zip, CityTentative: false, 0, 0);
    }

    /// <summary>Upper-case with ordinals in figures ("Fifth" and "5th" both "5TH").</summary>
    public static string CanonicalWord(ReadOnlySpan<char> word)
    {
        if (OrdinalWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out string? ordinal))
        {
            return ordinal;
        }

        return word.ToString().ToUpperInvariant();
    }

    /// <summary>The keyed forms a registered address is stored as.</summary>
    public static IEnumerable<(DetailKind Kind, string Value)> RecordForms(AddressParts a)
    {
        yield return (DetailKind.AddressCore, a.Core);
        yield return Qualifier(a, a.Directional, DetailKind.AddressDirectional, DetailKind.AddressNoDirectional);
        yield return Qualifier(a, a.Suffix, DetailKind.AddressSuffix, DetailKind.AddressNoSuffix);
        yield return Qualifier(a, a.Unit, DetailKind.AddressUnit, DetailKind.AddressNoUnit);
        yield return Qualifier(a, a.City, DetailKind.AddressCity, DetailKind.AddressNoCity);
        yield return Qualifier(a, a.State, DetailKind.AddressState, DetailKind.AddressNoState);
        yield return Qualifier(a, a.Zip, DetailKind.AddressZip, DetailKind.AddressNoZip);
    }

    /// <summary>The message hashed for a qualifier: the value bound to its street core.</summary>
    public static string QualifierValue(string core, string? value) => value is null ? core : core + "\u001f" + value;

    private static (DetailKind, string) Qualifier(AddressParts a, string? value, DetailKind present, DetailKind absent) =>
        value is null ? (absent, QualifierValue(a.Core, null)) : (present, QualifierValue(a.Core, value));
}
