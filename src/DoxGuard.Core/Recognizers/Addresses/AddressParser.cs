using System.Collections.Frozen;
using System.Text;
using DoxGuard.Lexicons;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers.Addresses;

/// <summary>An address found at a token position: its parts, token range, score before cues, and why.</summary>
internal readonly record struct AddressMatch(ParsedAddress Address, int FirstToken, int EndToken, double Score, string Explanation);

/// <summary>
/// Parses one address starting at a given token, looking at most a few dozen tokens ahead, so that scanning a whole
/// post is linear in its length whatever the input (the recognizer calls it at each plausible start token). The
/// recognizer and <see cref="AddressCanonicalizer"/> share it, so a registered address and a matched span are read
/// the same way.
/// </summary>
internal static class AddressParser
{
    private const int MaxNameWords = 4;

    // Words that never belong to a street name: where they appear, the number before them was a count, a time or
    // a score ("3 dogs and", "10 pm", "30 points in").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameStopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "is",
        "are", "was", "were", "be", "been", "am", "pm", "my", "your", "his", "her", "its", "our", "their", "this", "that",
        "these", "those", "i", "you", "he", "she", "it", "we", "they", "me", "him", "us", "them", "not", "no", "yes",
        "if", "so", "as", "than", "then", "more", "most", "less", "times", "years", "year", "days", "day", "hours",
        "minutes", "miles", "mins", "percent", "people", "y", "e", "o", "u", "en", "que", "el", "los", "las", "un",
        "una", "por", "para", "con", "es", "son", "se", "mi", "tu", "su", "lo", "best", "top", "all", "just", "only",
        "about", "over", "under", "after", "before", "up", "out", "off", "per", "each", "every", "some", "many",
        "much", "few", "other", "lbs", "kg", "km", "ft", "dollars", "bucks", "usd", "x", "down", "along", "past",
        "across", "near", "toward", "towards", "onto", "via", "around", "through", "behind", "blocks", "block",
        "feet", "meters", "cars", "guys", "kids", "will", "would", "can", "could", "should", "have", "has", "had",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Full-word suffixes that end a street name for sure; other full words ("Hills", "Park") may be name words.
    private static readonly FrozenSet<string> PrimarySuffixes =
        new[] { "ST", "AVE", "RD", "DR", "BLVD", "LN", "CT", "PL", "TER", "PKWY", "HWY", "CIR", "WAY", "TRL", "SQ" }
            .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnmistakableVias =
        new[] { "calle", "avenida", "avda", "paseo", "carrera", "calzada", "carretera", "callejón", "callejon" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishConnectors =
        new[] { "de", "del", "la", "las", "los", "el" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishNumberMarks =
        new[] { "no", "nº", "n°", "núm", "num", "número", "numero", "nro" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses a US street, highway or PO box that starts at token <paramref name="i"/>.</summary>
    public static bool TryParseUs(string text, ReadOnlySpan<AddressToken> tokens, int i, out AddressMatch match)
    {
        match = default;
        if (IsPoBoxStart(text, tokens, i, out int boxNumber))
        {
            return TryFinishPoBox(text, tokens, i, boxNumber, out match);
        }

        if (!TryHouseNumber(text, tokens, i, out House house, out int j))
        {
            return false;
        }

        if (TryHighway(text, tokens, j, out string? highway, out int k))
        {
            var hw = new ParsedAddress { Form = AddressForm.UsHighway, HouseNumber = house.ToCanonical(text), StreetName = highway };
            double hwScore = IsCapitalized(text, tokens[j]) ? 0.7 : 0.6;
            return Finish(text, tokens, i, k, hw, hwScore, "highway address", out match);
        }

        // A leading directional is a name word when only a suffix follows it ("12 North St").
        if (StreetWords.TryGetDirectional(tokens[j].In(text), out string? pre) && tokens[j].Kind == AddressTokenKind.Word
            && TryNameAndSuffix(text, tokens, SkipDot(text, tokens, j + 1), out NameSuffix ns))
        {
            return FinishStreet(text, tokens, i, house, pre, ns, out match);
        }

        if (TryNameAndSuffix(text, tokens, j, out ns))
        {
            return FinishStreet(text, tokens, i, house, null, ns, out match);
        }

        // "2 Broadway": the one common US street whose name is its own type word.
        if (tokens[j].Kind == AddressTokenKind.Word && tokens[j].In(text).Equals("Broadway", StringComparison.OrdinalIgnoreCase)
            && IsCapitalized(text, tokens[j]))
        {
            return FinishStreet(text, tokens, i, house, null, new NameSuffix("BROADWAY", null, SkipDot(text, tokens, j + 1), true, false), out match);
        }

        return false;
    }

    /// <summary>Parses a Spanish address that starts with a via type at token <paramref name="i"/>.</summary>
    public static bool TryParseSpanish(string text, ReadOnlySpan<AddressToken> tokens, int i, bool spanishPost, out AddressMatch match)
    {
        match = default;
        if (IsSpanishPoBox(text, tokens, i, out int boxNumber))
        {
            return TryFinishPoBox(text, tokens, i, boxNumber, out match);
        }

        if (!TryViaType(text, tokens, i, spanishPost, out string? via, out int j))
        {
            return TryNeighborhoodOrPostalCode(text, tokens, i, out match);
        }

        // Name: connectors are dropped from the canonical form so "Calle de Alcalá" and "Calle Alcalá" agree.
        StringBuilder name = ScratchBuilder.Acquire();
        int words = 0;
        bool numericName = false;
        while (j < tokens.Length && words < MaxNameWords)
        {
            AddressToken t = tokens[j];
            ReadOnlySpan<char> s = t.In(text);
            if (t.Kind == AddressTokenKind.Word && SpanishConnectors.Contains(s) && words == 0)
            {
                j++;
                continue;
            }

            if (t.Kind == AddressTokenKind.Word && !NameStopWords.Contains(s) && !SpanishNumberMarks.Contains(s))
            {
                AppendCanonical(name, s);
                words++;
                j++;
                continue;
            }

            if (words == 0 && t.Kind is AddressTokenKind.Number or AddressTokenKind.Alnum && t.Length <= 3)
            {
                // Numbered streets: "Calle 13", "Carrera 7", "Calle 5 de Mayo".
                AppendCanonical(name, s);
                words++;
                numericName = true;
                j++;
                continue;
            }

            if (words > 0 && t.Kind == AddressTokenKind.Word && SpanishConnectors.Contains(s))
            {
                j++;
                continue;
            }

            break;
        }

        if (words == 0)
        {
            ScratchBuilder.Release(name);
            return false;
        }

        string streetName = ScratchBuilder.ToStringAndRelease(name);
        int nameEnd = j;
        int k = SkipComma(text, tokens, j);
        bool marked = false;
        if (k < tokens.Length && (IsChar(text, tokens[k], '#') || SpanishNumberMarks.Contains(tokens[k].In(text))))
        {
            marked = true;
            k = SkipDot(text, tokens, k + 1);
        }

        string? number = null;
        if (k < tokens.Length && tokens[k].Kind is AddressTokenKind.Number or AddressTokenKind.Alnum && tokens[k].Length <= 6
            && (!numericName || marked || IsSpanishHouseOnly(tokens[k])))
        {
            number = Canonical(tokens[k].In(text));
            k++;

            // Colombian plate numbers: "# 45-10".
            if (k + 1 < tokens.Length && IsChar(text, tokens[k], '-') && tokens[k + 1].Kind == AddressTokenKind.Number
                && Adjacent(tokens[k - 1], tokens[k]) && Adjacent(tokens[k], tokens[k + 1]))
            {
                number += "-" + Canonical(tokens[k + 1].In(text));
                k += 2;
            }
        }

        var address = new ParsedAddress
        {
            Form = number is null ? AddressForm.Weak : AddressForm.SpanishStreet,
            Suffix = via,
            StreetName = streetName,
            HouseNumber = number,
        };
        if (number is null)
        {
            // "calle 13 (the band)" or "Paseo de la Reforma" alone: a street with no number needs a cue.
            match = new AddressMatch(address, i, nameEnd, 0.4, "street name without a number");
            return true;
        }

        double score = 0.8;
        int end = k;
        (address, end, bool extended) = ExtendSpanish(text, tokens, address, end);
        if (extended)
        {
            score = 0.92;
        }

        match = new AddressMatch(address, i, end, score, extended ? "street address with unit, neighbourhood or postal code" : "street address (via, name and number)");
        return true;
    }

    private static bool IsSpanishHouseOnly(AddressToken t) => t.Length >= 2;

    private static bool TryViaType(string text, ReadOnlySpan<AddressToken> tokens, int i, bool spanishPost, out string? via, out int next)
    {
        via = null;
        next = i + 1;
        AddressToken t = tokens[i];
        if (t.Kind != AddressTokenKind.Word)
        {
            return false;
        }

        ReadOnlySpan<char> s = t.In(text);

        // "C/ Mayor": the slash is its own token.
        if (s is "c" or "C" && i + 1 < tokens.Length && IsChar(text, tokens[i + 1], '/') && Adjacent(t, tokens[i + 1]))
        {
            via = "CL";
            next = i + 2;
            return true;
        }

        if (s.Equals("gran", StringComparison.OrdinalIgnoreCase) && i + 1 < tokens.Length
            && (tokens[i + 1].In(text).Equals("vía", StringComparison.OrdinalIgnoreCase) || tokens[i + 1].In(text).Equals("via", StringComparison.OrdinalIgnoreCase)))
        {
            via = "GV";
            next = i + 2;
            return true;
        }

        if (!StreetWords.TryGetSpanishViaType(s, out string? code))
        {
            return false;
        }

        // In an English post only an unmistakable via type counts: "Calle", "Avenida", "Av.", or one of the few
        // via words English never uses even in lower case ("he lives on calle Sauce 1414"); not "cl", "via", "plaza".
        bool hasDot = i + 1 < tokens.Length && IsChar(text, tokens[i + 1], '.') && Adjacent(t, tokens[i + 1]);
        if (!spanishPost && !(char.IsUpper(s[0]) && (s.Length >= 5 || hasDot)) && !UnmistakableVias.Contains(s))
        {
            return false;
        }

        if (s.Length <= 3 && !hasDot && !char.IsUpper(s[0]) && !spanishPost)
        {
            return false;
        }

        via = code;
        next = hasDot ? i + 2 : i + 1;
        return true;
    }

    private static (ParsedAddress Address, int End, bool Extended) ExtendSpanish(
        string text, ReadOnlySpan<AddressToken> tokens, ParsedAddress address, int end)
    {
        bool extended = false;
        for (int guard = 0; guard < 4; guard++)
        {
            int k = SkipComma(text, tokens, end);
            if (k >= tokens.Length)
            {
                break;
            }

            AddressToken t = tokens[k];
            ReadOnlySpan<char> s = t.In(text);

            // "3º B", "2ª izq": floor and door.
            if (t.Kind == AddressTokenKind.Alnum && s.Length <= 4 && s[^1] is 'º' or '°' or 'ª' && address.Unit is null)
            {
                string unit = Canonical(s[..^1]);
                int next = k + 1;
                if (next < tokens.Length && tokens[next].Kind == AddressTokenKind.Word && tokens[next].Length <= 4
                    && (tokens[next].Length == 1 || tokens[next].In(text) is "izq" or "izda" or "dcha" or "der" or "dch"))
                {
                    unit += " " + Canonical(tokens[next].In(text));
                    next++;
                }

                address = address with { UnitDesignator = "FL", Unit = unit };
                end = next;
                extended = true;
                continue;
            }

            if (t.Kind == AddressTokenKind.Word && StreetWords.TryGetUnitDesignator(s, out string? designator) && address.Unit is null)
            {
                int n = SkipDot(text, tokens, k + 1);
                if (n < tokens.Length && tokens[n].Kind is AddressTokenKind.Number or AddressTokenKind.Alnum && tokens[n].Length <= 5)
                {
                    address = address with { UnitDesignator = designator, Unit = Canonical(tokens[n].In(text)) };
                    end = n + 1;
                    extended = true;
                    continue;
                }
            }

            if (TryNeighborhood(text, tokens, k, out string? colonia, out int afterColonia) && address.Neighborhood is null)
            {
                address = address with { Neighborhood = colonia };
                end = afterColonia;
                extended = true;
                continue;
            }

            if (TryPostalCode(text, tokens, k, out string? cp, out int afterCp) && address.PostalCode is null)
            {
                address = address with { PostalCode = cp };
                end = afterCp;
                extended = true;

                // "28014 Madrid": the place name after the code.
                int c = SkipComma(text, tokens, end);
                StringBuilder city = ScratchBuilder.Acquire();
                int cityEnd = c;
                while (cityEnd < tokens.Length && cityEnd - c < 3 && tokens[cityEnd].Kind == AddressTokenKind.Word
                    && IsCapitalized(text, tokens[cityEnd]) && !NameStopWords.Contains(tokens[cityEnd].In(text)))
                {
                    AppendCanonical(city, tokens[cityEnd].In(text));
                    cityEnd++;
                }

                if (city.Length > 0)
                {
                    address = address with { City = ScratchBuilder.ToStringAndRelease(city) };
                    end = cityEnd;
                }
                else
                {
                    ScratchBuilder.Release(city);
                }

                continue;
            }

            break;
        }

        return (address, end, extended);
    }

    private static bool TryNeighborhoodOrPostalCode(string text, ReadOnlySpan<AddressToken> tokens, int i, out AddressMatch match)
    {
        match = default;
        if (TryNeighborhood(text, tokens, i, out string? colonia, out int end))
        {
            var address = new ParsedAddress { Form = AddressForm.Weak, Neighborhood = colonia };
            (address, end, _) = ExtendSpanish(text, tokens, address, end);
            match = new AddressMatch(address, i, end, address.PostalCode is null ? 0.45 : 0.6, "neighbourhood (colonia)");
            return true;
        }

        if (TryPostalCode(text, tokens, i, out string? cp, out end) && tokens[i].Kind == AddressTokenKind.Word)
        {
            match = new AddressMatch(new ParsedAddress { Form = AddressForm.Weak, PostalCode = cp }, i, end, 0.4, "postal code");
            return true;
        }

        return false;
    }

    private static bool TryNeighborhood(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? name, out int end)
    {
        name = null;
        end = k;
        ReadOnlySpan<char> s = tokens[k].In(text);
        if (tokens[k].Kind != AddressTokenKind.Word
            || !(s.Equals("colonia", StringComparison.OrdinalIgnoreCase) || s.Equals("col", StringComparison.OrdinalIgnoreCase)
                 || s.Equals("fraccionamiento", StringComparison.OrdinalIgnoreCase) || s.Equals("fracc", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        int j = SkipDot(text, tokens, k + 1);
        StringBuilder sb = ScratchBuilder.Acquire();
        int start = j;
        while (j < tokens.Length && j - start < 3 && tokens[j].Kind == AddressTokenKind.Word && !NameStopWords.Contains(tokens[j].In(text))
            && (IsCapitalized(text, tokens[j]) || j == start))
        {
            AppendCanonical(sb, tokens[j].In(text));
            j++;
        }

        if (sb.Length == 0)
        {
            ScratchBuilder.Release(sb);
            return false;
        }

        name = ScratchBuilder.ToStringAndRelease(sb);
        end = j;
        return true;
    }

    private static bool TryPostalCode(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? code, out int end)
    {
        code = null;
        end = k;
        int j = k;
        ReadOnlySpan<char> s = tokens[k].In(text);
        if (tokens[k].Kind == AddressTokenKind.Word)
        {
            // "CP", "C.P.", "código postal".
            if (s.Equals("cp", StringComparison.OrdinalIgnoreCase) || s.Equals("c.p", StringComparison.OrdinalIgnoreCase))
            {
                j = SkipDot(text, tokens, k + 1);
            }
            else if ((s.Equals("código", StringComparison.OrdinalIgnoreCase) || s.Equals("codigo", StringComparison.OrdinalIgnoreCase))
                && k + 1 < tokens.Length && tokens[k + 1].In(text).Equals("postal", StringComparison.OrdinalIgnoreCase))
            {
                j = k + 2;
            }
            else
            {
                return false;
            }

            if (j < tokens.Length && IsChar(text, tokens[j], ':'))
            {
                j++;
            }
        }

        if (j < tokens.Length && tokens[j].Kind == AddressTokenKind.Number && tokens[j].Length is 4 or 5)
        {
            code = tokens[j].In(text).ToString();
            end = j + 1;
            return true;
        }

        return false;
    }

    private static bool FinishStreet(string text, ReadOnlySpan<AddressToken> tokens, int i, House house, string? pre, NameSuffix ns, out AddressMatch match)
    {
        int k = ns.End;
        string? post = null;
        if (k < tokens.Length && tokens[k].Kind == AddressTokenKind.Word && tokens[k].Length <= 2
            && IsAllUpper(tokens[k].In(text)) && StreetWords.TryGetDirectional(tokens[k].In(text), out string? d)
            && !(k + 1 < tokens.Length && tokens[k + 1].Kind == AddressTokenKind.Number && tokens[k + 1].Length == 5))
        {
            post = d;
            k = SkipDot(text, tokens, k + 1);
        }

        var address = new ParsedAddress
        {
            Form = AddressForm.UsStreet,
            HouseNumber = house.ToCanonical(text),
            PreDirectional = pre,
            StreetName = ns.Name,
            Suffix = ns.Suffix,
            PostDirectional = post,
        };
        double score = ns.Weak ? 0.4 : ns.Capitalized ? 0.7 : 0.62;
        return Finish(text, tokens, i, k, address, score, ns.Weak ? "number and street-like words" : "street address (number, street, suffix)", out match);
    }

    private static bool Finish(string text, ReadOnlySpan<AddressToken> tokens, int i, int k, ParsedAddress address, double score, string why, out AddressMatch match)
    {
        int end = k;
        if (TryUnit(text, tokens, end, out string? designator, out string? unit, out int afterUnit))
        {
            address = address with { UnitDesignator = designator, Unit = unit };
            end = afterUnit;
            score += 0.05;
            why = "street address with unit";
        }

        if (TryLocality(text, tokens, end, out string? city, out string? state, out string? zip, out int afterLocality))
        {
            address = address with { City = city, State = state, PostalCode = zip };
            end = afterLocality;
            score = Math.Max(score, state is not null && zip is not null ? (city is not null ? 0.98 : 0.95) : 0.85);
            why = "full street address (street and city, state or ZIP)";
        }

        match = new AddressMatch(address, i, end, Math.Min(score, 1.0), why);
        return true;
    }

    private readonly record struct NameSuffix(string Name, string? Suffix, int End, bool Capitalized, bool Weak);

    private static bool TryNameAndSuffix(string text, ReadOnlySpan<AddressToken> tokens, int j, out NameSuffix result)
    {
        result = default;
        int bestEnd = -1;
        string? bestSuffix = null;
        int nameWords = 0;
        bool capitalized = true;
        bool anyUpper = false;
        bool bestStrongForm = false;
        int k = j;
        for (; k < tokens.Length && k - j <= MaxNameWords; k++)
        {
            AddressToken t = tokens[k];
            ReadOnlySpan<char> s = t.In(text);
            if (t.Kind == AddressTokenKind.Punct && s is "." && Adjacent(tokens[k - 1], t))
            {
                continue;
            }

            bool ordinal = t.Kind == AddressTokenKind.Alnum && IsOrdinal(s);
            if (t.Kind != AddressTokenKind.Word && !ordinal)
            {
                break;
            }

            if (nameWords > 0 && t.Kind == AddressTokenKind.Word && StreetWords.TryGetSuffix(s, out string? suffix))
            {
                bool abbreviated = !StreetWords.IsFullSuffixWord(s);
                bool strong = abbreviated || PrimarySuffixes.Contains(suffix);
                // The last type word wins unless an abbreviation or primary type ends the name first
                // ("Lake Shore Dr", "Forest Hills").
                bestSuffix = suffix;
                bestEnd = k + 1;
                bestStrongForm = strong && (char.IsUpper(s[0]) || PrimarySuffixes.Contains(suffix));
                anyUpper |= char.IsUpper(s[0]);

                if (strong)
                {
                    break;
                }
            }

            if (NameStopWords.Contains(s) || nameWords == MaxNameWords)
            {
                break;
            }

            nameWords++;
            capitalized &= ordinal || char.IsUpper(s[0]);
        }

        if (bestSuffix is null)
        {
            return false;
        }

        StringBuilder name = ScratchBuilder.Acquire();
        bool nameCapitalized = true;
        for (int n = j; n < bestEnd - 1; n++)
        {
            if (tokens[n].Kind == AddressTokenKind.Punct)
            {
                continue;
            }

            ReadOnlySpan<char> s = tokens[n].In(text);
            nameCapitalized &= char.IsUpper(s[0]) || char.IsDigit(s[0]);
            AppendCanonical(name, s);
        }

        if (name.Length == 0)
        {
            ScratchBuilder.Release(name);
            return false;
        }

        // "5 blocks down Main St": a name that mixes lower-case and capitalized words is a sentence, not a street.
        if (!nameCapitalized && HasCapitalizedWord(text, tokens, j, bestEnd - 1))
        {
            ScratchBuilder.Release(name);
            return false;
        }

        // "10 best ways", "3 little pigs": lower-case words ending in a full-word, non-primary type.
        bool weak = !bestStrongForm && !nameCapitalized;
        result = new NameSuffix(ScratchBuilder.ToStringAndRelease(name), bestSuffix, SkipDot(text, tokens, bestEnd), nameCapitalized && (anyUpper || bestStrongForm), weak);
        return true;
    }

    private static bool HasCapitalizedWord(string text, ReadOnlySpan<AddressToken> tokens, int from, int to)
    {
        for (int n = from; n < to; n++)
        {
            if (tokens[n].Kind == AddressTokenKind.Word && char.IsUpper(text[tokens[n].Start]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryHighway(string text, ReadOnlySpan<AddressToken> tokens, int j, out string? name, out int end)
    {
        name = null;
        end = j;
        if (j >= tokens.Length || tokens[j].Kind != AddressTokenKind.Word)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        ReadOnlySpan<char> a = Lower(tokens[j].In(text), buffer);
        string? kind = a switch
        {
            "highway" or "hwy" => "HIGHWAY",
            "route" or "rte" => "ROUTE",
            _ => null,
        };
        int k = j + 1;
        string? prefix = null;
        if (kind is null && j + 1 < tokens.Length)
        {
            prefix = a switch
            {
                "county" => "COUNTY",
                "state" => "STATE",
                "us" or "u.s" => "US",
                "farm" => "FARM",
                _ => null,
            };
            Span<char> second = stackalloc char[8];
            ReadOnlySpan<char> b = Lower(tokens[j + 1].In(text), second);
            kind = prefix is null ? null : b switch
            {
                "road" or "rd" => "ROAD",
                "route" or "rte" => "ROUTE",
                "highway" or "hwy" => "HIGHWAY",
                _ => null,
            };
            k = j + 2;
        }

        k = SkipDot(text, tokens, k);
        if (kind is null || k >= tokens.Length || tokens[k].Kind is not (AddressTokenKind.Number or AddressTokenKind.Alnum) || tokens[k].Length > 4)
        {
            return false;
        }

        name = (prefix is null ? kind : prefix + " " + kind) + " " + Canonical(tokens[k].In(text));
        end = k + 1;
        return true;
    }

    // Lower-cases a short word into a caller's buffer so keyword switches allocate nothing; longer words are no keyword.
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> s, Span<char> buffer) =>
        s.Length <= buffer.Length ? buffer[..s.ToLowerInvariant(buffer)] : [];

    // The house number's span; its canonical string is built only once a street follows, since most numbers in a
    // post are not house numbers and the parser tries every one.
    private readonly record struct House(int Start, int End, bool Half)
    {
        public string ToCanonical(string text) =>
            Half ? Canonical(text.AsSpan(Start, End - Start)) + " 1/2" : Canonical(text.AsSpan(Start, End - Start));
    }

    private static bool TryHouseNumber(string text, ReadOnlySpan<AddressToken> tokens, int i, out House house, out int next)
    {
        house = default;
        next = i + 1;
        AddressToken t = tokens[i];
        ReadOnlySpan<char> s = t.In(text);
        if (t.Kind == AddressTokenKind.Number)
        {
            if (s.Length > 6 || (s[0] == '0' && s.Length > 1))
            {
                return false;
            }
        }
        else if (t.Kind == AddressTokenKind.Alnum)
        {
            // "12B", "1600A": digits then one letter; "59th" and "49ers" are not house numbers.
            if (s.Length < 2 || s.Length > 7 || !char.IsLetter(s[^1]) || IsOrdinal(s) || s[..^1].ContainsAnyExceptInRange('0', '9'))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        // Money, times, dates, decimals, ranges and phone groups: "$400", "10:30", "3/4", "2.5", "555-0143".
        if (t.Start > 0)
        {
            char before = text[t.Start - 1];
            if (before is '$' or '€' or '£' or ':' or '/' or '.' or '-' or '+' or '#' or ',' or '(' || char.IsLetterOrDigit(before))
            {
                return false;
            }
        }

        if (t.End < text.Length)
        {
            char after = text[t.End];
            if (after is '%' or ':' or '/' or '$' or '-' or ')' or '.' && t.End + 1 < text.Length && char.IsDigit(text[t.End + 1]))
            {
                return false;
            }

            if (after is '%' or '$')
            {
                return false;
            }

            if (after == ',' && t.End + 1 < text.Length && char.IsDigit(text[t.End + 1]))
            {
                return false;
            }
        }

        bool half = false;

        // "409 1/2 Magnolia St".
        if (next + 2 < tokens.Length && tokens[next].Kind == AddressTokenKind.Number && tokens[next].In(text) is "1"
            && IsChar(text, tokens[next + 1], '/') && tokens[next + 2].In(text) is "2")
        {
            half = true;
            next += 3;
        }

        house = new House(t.Start, t.End, half);

        return next < tokens.Length;
    }

    private static bool TryUnit(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? designator, out string? unit, out int end)
    {
        designator = null;
        unit = null;
        end = k;
        k = SkipComma(text, tokens, k);
        if (k >= tokens.Length)
        {
            return false;
        }

        AddressToken t = tokens[k];
        ReadOnlySpan<char> s = t.In(text);
        if (!(t.Kind == AddressTokenKind.Word || IsChar(text, t, '#')) || !StreetWords.TryGetUnitDesignator(s, out designator))
        {
            return false;
        }

        int n = SkipDot(text, tokens, k + 1);
        if (n < tokens.Length && IsChar(text, tokens[n], '#'))
        {
            n++;
        }

        if (n >= tokens.Length)
        {
            return false;
        }

        AddressToken id = tokens[n];
        ReadOnlySpan<char> v = id.In(text);
        bool ok = id.Kind is AddressTokenKind.Number or AddressTokenKind.Alnum && v.Length <= 6
            || (id.Kind == AddressTokenKind.Word && v.Length == 1 && char.IsUpper(v[0]));
        if (!ok)
        {
            return false;
        }

        unit = Canonical(v);
        end = n + 1;

        // "Apt 4-B".
        if (end + 1 < tokens.Length && IsChar(text, tokens[end], '-') && Adjacent(id, tokens[end])
            && tokens[end + 1].Length <= 3 && tokens[end + 1].Kind != AddressTokenKind.Punct && Adjacent(tokens[end], tokens[end + 1]))
        {
            unit += Canonical(tokens[end + 1].In(text));
            end += 2;
        }

        return true;
    }

    /// <summary>City, state and ZIP after a street: ", Chicago, IL 60629", "\nChicago IL", " 60629", ", Illinois".</summary>
    private static bool TryLocality(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? city, out string? state, out string? zip, out int end)
    {
        city = null;
        state = null;
        zip = null;
        end = k;
        int start = SkipComma(text, tokens, k);
        if (start < tokens.Length && tokens[start].Kind == AddressTokenKind.Newline)
        {
            start = SkipComma(text, tokens, start + 1);
        }

        if (start >= tokens.Length)
        {
            return false;
        }

        if (TryZip(text, tokens, start, out zip, out end))
        {
            return true;
        }

        // A city of up to MaxCityWords words then the state, or the state right away; the longest city first so
        // "New York, NY" and "Washington, DC" are read as city and state, not as a state name.
        int maxCity = 0;
        while (maxCity < Math.Min(StreetWords.MaxCityWords, 4) && start + maxCity < tokens.Length
            && tokens[start + maxCity].Kind == AddressTokenKind.Word)
        {
            maxCity++;
        }

        Span<char> buffer = stackalloc char[JoinBufferLength];
        for (int cityWords = maxCity; cityWords >= 0; cityWords--)
        {
            int s = start + cityWords;
            int afterCity = SkipComma(text, tokens, s);
            if (afterCity < tokens.Length && TryState(text, tokens, afterCity, out string? code, out int afterState))
            {
                string? cityName = null;
                bool cityInState = false;
                if (cityWords > 0)
                {
                    ReadOnlySpan<char> candidate = JoinWords(text, tokens, start, s, buffer);
                    cityInState = StreetWords.IsCityInState(candidate, code!);
                    if (!cityInState && !IsCapitalized(text, tokens[start]))
                    {
                        continue;
                    }

                    cityName = Canonical(candidate);
                }

                bool hasZip = TryZip(text, tokens, afterState, out string? z, out int afterZip);

                // A lower-case two-letter word is a state only with a ZIP after it ("in", "or", "me" otherwise).
                ReadOnlySpan<char> st = tokens[afterCity].In(text);
                if (st.Length == 2 && !IsAllUpper(st) && !hasZip)
                {
                    continue;
                }

                if (cityWords > 0 && cityName is not null && !cityInState && !hasZip)
                {
                    continue;
                }

                city = cityName;
                state = code;
                zip = hasZip ? z : null;
                end = hasZip ? afterZip : afterState;
                return true;
            }
        }

        // A known city with no state: ", Chicago".
        for (int cityWords = Math.Min(3, tokens.Length - start); cityWords >= 1; cityWords--)
        {
            bool words = true;
            for (int w = start; w < start + cityWords; w++)
            {
                words &= tokens[w].Kind == AddressTokenKind.Word && IsCapitalized(text, tokens[w]);
            }

            if (words && tokens[start].Start > 0 && (text[tokens[start].Start - 1] is ' ' or ',' or '\n')
                && k < tokens.Length && start > k && StreetWords.IsCity(JoinWords(text, tokens, start, start + cityWords, buffer)))
            {
                city = Canonical(JoinWords(text, tokens, start, start + cityWords, buffer));
                end = start + cityWords;
                return true;
            }
        }

        return false;
    }

    private static bool TryState(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? code, out int end)
    {
        code = null;
        end = k;
        if (tokens[k].Kind != AddressTokenKind.Word)
        {
            return false;
        }

        // Two-word names first ("New York", "North Carolina", "District of Columbia" is three).
        Span<char> buffer = stackalloc char[JoinBufferLength];
        for (int words = 3; words >= 1; words--)
        {
            if (k + words > tokens.Length)
            {
                continue;
            }

            ReadOnlySpan<char> candidate = JoinWords(text, tokens, k, k + words, buffer);
            if ((words > 1 || candidate.Length == 2 || char.IsUpper(candidate[0])) && StreetWords.TryGetState(candidate, out string? c))
            {
                code = c;
                end = SkipDot(text, tokens, k + words);
                return true;
            }
        }

        return false;
    }

    private static bool TryZip(string text, ReadOnlySpan<AddressToken> tokens, int k, out string? zip, out int end)
    {
        zip = null;
        end = k;
        if (k >= tokens.Length || tokens[k].Kind != AddressTokenKind.Number || tokens[k].Length != 5 || !StreetWords.IsKnownZip(tokens[k].In(text)))
        {
            return false;
        }

        zip = tokens[k].In(text).ToString();
        end = k + 1;
        if (k + 2 < tokens.Length && IsChar(text, tokens[k + 1], '-') && tokens[k + 2].Kind == AddressTokenKind.Number && tokens[k + 2].Length == 4
            && Adjacent(tokens[k], tokens[k + 1]) && Adjacent(tokens[k + 1], tokens[k + 2]))
        {
            zip += "-" + tokens[k + 2].In(text).ToString();
            end = k + 3;
        }

        return true;
    }

    private static bool IsPoBoxStart(string text, ReadOnlySpan<AddressToken> tokens, int i, out int numberToken)
    {
        numberToken = -1;
        if (tokens[i].Kind != AddressTokenKind.Word)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        ReadOnlySpan<char> w = Lower(tokens[i].In(text), buffer);
        int k;
        switch (w)
        {
            case "po" or "p.o" or "pob":
                k = SkipDot(text, tokens, i + 1);
                break;
            case "p" when i + 2 < tokens.Length && IsChar(text, tokens[i + 1], '.') && tokens[i + 2].In(text) is "O" or "o":
                k = SkipDot(text, tokens, i + 3);
                break;
            case "post" when i + 1 < tokens.Length && tokens[i + 1].In(text).Equals("office", StringComparison.OrdinalIgnoreCase):
                k = i + 2;
                break;
            default:
                return false;
        }

        if (w is not "pob")
        {
            if (k >= tokens.Length || !tokens[k].In(text).Equals("box", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            k++;
        }

        if (k < tokens.Length && IsChar(text, tokens[k], '#'))
        {
            k++;
        }

        if (k < tokens.Length && tokens[k].Kind is AddressTokenKind.Number or AddressTokenKind.Alnum && tokens[k].Length <= 8)
        {
            numberToken = k;
            return true;
        }

        return false;
    }

    private static bool IsSpanishPoBox(string text, ReadOnlySpan<AddressToken> tokens, int i, out int numberToken)
    {
        numberToken = -1;
        if (tokens[i].Kind != AddressTokenKind.Word)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[8];
        ReadOnlySpan<char> w = Lower(tokens[i].In(text), buffer);
        bool casilla = w is "casilla";
        if (w is not ("apartado" or "apdo" or "aptdo" or "casilla"))
        {
            return false;
        }

        int k = SkipDot(text, tokens, i + 1);
        if (k + 1 < tokens.Length && tokens[k].In(text).Equals("de", StringComparison.OrdinalIgnoreCase)
            && tokens[k + 1].In(text).Equals("correos", StringComparison.OrdinalIgnoreCase))
        {
            k += 2;
        }
        else if (k < tokens.Length && tokens[k].In(text).Equals("postal", StringComparison.OrdinalIgnoreCase))
        {
            k++;
        }
        else if (casilla)
        {
            return false;
        }

        if (k < tokens.Length && (IsChar(text, tokens[k], '#') || SpanishNumberMarks.Contains(tokens[k].In(text))))
        {
            k = SkipDot(text, tokens, k + 1);
        }

        if (k < tokens.Length && tokens[k].Kind == AddressTokenKind.Number && tokens[k].Length <= 6)
        {
            numberToken = k;
            return true;
        }

        return false;
    }

    private static bool TryFinishPoBox(string text, ReadOnlySpan<AddressToken> tokens, int i, int numberToken, out AddressMatch match)
    {
        var box = new ParsedAddress { Form = AddressForm.PoBox, HouseNumber = Canonical(tokens[numberToken].In(text)) };
        return Finish(text, tokens, i, numberToken + 1, box, 0.75, "post-office box", out match);
    }

    internal static bool IsOrdinal(ReadOnlySpan<char> s)
    {
        if (s.Length < 3)
        {
            return false;
        }

        ReadOnlySpan<char> tail = s[^2..];
        ReadOnlySpan<char> digits = s[..^2];
        return !digits.ContainsAnyExceptInRange('0', '9')
            && (tail.Equals("st", StringComparison.OrdinalIgnoreCase) || tail.Equals("nd", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("rd", StringComparison.OrdinalIgnoreCase) || tail.Equals("th", StringComparison.OrdinalIgnoreCase));
    }

    internal static bool IsCapitalized(string text, AddressToken t) => char.IsUpper(text[t.Start]);

    private static bool IsAllUpper(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsChar(string text, AddressToken t, char c) => t.Kind == AddressTokenKind.Punct && text[t.Start] == c;

    private static bool Adjacent(AddressToken a, AddressToken b) => a.End == b.Start;

    private static int SkipDot(string text, ReadOnlySpan<AddressToken> tokens, int k) =>
        k < tokens.Length && k > 0 && IsChar(text, tokens[k], '.') && Adjacent(tokens[k - 1], tokens[k]) ? k + 1 : k;

    private static int SkipComma(string text, ReadOnlySpan<AddressToken> tokens, int k) =>
        k < tokens.Length && IsChar(text, tokens[k], ',') ? k + 1 : k;

    // Room for the longest name tried (three or four words) without a string: a longer join falls back to one.
    private const int JoinBufferLength = 96;

    /// <summary>The tokens joined by single spaces, written into <paramref name="buffer"/> when they fit.</summary>
    private static ReadOnlySpan<char> JoinWords(string text, ReadOnlySpan<AddressToken> tokens, int from, int to, Span<char> buffer)
    {
        if (to - from == 1)
        {
            return tokens[from].In(text);
        }

        int length = 0;
        for (int n = from; n < to; n++)
        {
            ReadOnlySpan<char> word = tokens[n].In(text);
            int needed = (length > 0 ? 1 : 0) + word.Length;
            if (length + needed > buffer.Length)
            {
                return JoinWords(text, tokens, from, to);
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        return buffer[..length];
    }

    private static string JoinWords(string text, ReadOnlySpan<AddressToken> tokens, int from, int to)
    {
        if (to - from == 1)
        {
            return tokens[from].In(text).ToString();
        }

        StringBuilder sb = ScratchBuilder.Acquire();
        for (int n = from; n < to; n++)
        {
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(tokens[n].In(text));
        }

        return ScratchBuilder.ToStringAndRelease(sb);
    }

    private static void AppendCanonical(StringBuilder sb, ReadOnlySpan<char> word)
    {
        if (sb.Length > 0)
        {
            sb.Append(' ');
        }

        foreach (char c in word)
        {
            sb.Append(Fold(c));
        }
    }

    /// <summary>Upper case with Spanish accents folded, so "Juárez" and "JUAREZ" agree.</summary>
    internal static string Canonical(ReadOnlySpan<char> s)
    {
        // Into a stack buffer: it runs for every house number tried, and the result is never longer than the input.
        Span<char> folded = s.Length <= 128 ? stackalloc char[128] : new char[s.Length];
        int n = 0;
        foreach (char c in s)
        {
            if (c == ' ' && n > 0 && folded[n - 1] == ' ')
            {
                continue;
            }

            folded[n++] = Fold(c);
        }

        return new string(folded[..n]);
    }

    private static char Fold(char c) => char.ToUpperInvariant(c) switch
    {
        'Á' or 'À' or 'Ä' or 'Â' => 'A',
        'É' or 'È' or 'Ë' or 'Ê' => 'E',
        'Í' or 'Ì' or 'Ï' or 'Î' => 'I',
        'Ó' or 'Ò' or 'Ö' or 'Ô' => 'O',
        'Ú' or 'Ù' or 'Ü' or 'Û' => 'U',
        'Ñ' => 'N',
        'Ç' => 'C',
        '’' => '\'',
        char u => u,
    };
}
