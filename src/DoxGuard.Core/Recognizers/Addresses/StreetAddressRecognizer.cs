using System.Buffers;
using System.Collections.Frozen;
using System.Text;
using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers.Addresses;

/// <summary>
/// Finds street addresses, US and Spanish-language, whole or partial, and PO boxes. Scanning is token-based and
/// linear: the text is tokenized once and the parser is tried only at numbers and at the few words that can open
/// an address (via types, "PO", "colonia", "off"/"on"), each attempt looking a bounded number of tokens ahead.
/// Weak forms (a street without a number, a neighbourhood, a cross-street) stay under the engine threshold unless a
/// residence cue ("lives at", "home", "vive en", "domicilio") comes just before.
/// </summary>
internal sealed class StreetAddressRecognizer : EntityRecognizer
{
    private const double CueBoost = 0.2;
    private const int CueWindow = 48;
    private const int MaxWordsBeforeNumber = 9;

    private static readonly string[] Cues =
    [
        "lives", "live at", "live on", "living at", "living on", "stays at", "address", "home", "house", "apartment",
        "apt is", "resides", "moved to", "vive en", "viven en", "vive por", "su casa", "domicilio", "dirección",
        "direccion", "casa de", "reside en",
    ];

    private static readonly string[] StartWordList =
    [
        "po", "p.o", "pob", "p", "post", "apartado", "apdo", "aptdo", "casilla", "colonia", "col", "fracc",
        "fraccionamiento", "cp", "c.p", "código", "codigo", "off", "on", "gran", "c",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StartWords =
        StartWordList.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Lexicons.InitialLengthFilter StartWordFilter = new(StartWordList);

    /// <inheritdoc />
    public override string Name => "StreetAddressRecognizer";

    /// <inheritdoc />
    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.StreetAddress];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;

        // Every form but "colonia Roma Norte" has a digit: most posts leave here.
        // An ordinal search: a case-insensitive one costs as much as the whole scan of a post without digits.
        if (!context.Traits.HasDigit && !text.Contains("olonia", StringComparison.Ordinal))
        {
            return;
        }

        Scan(text, AddressTokenizer.Shared(text), context.IsSpanish, results);
    }

    private static void Scan(string text, ReadOnlySpan<AddressToken> tokens, bool spanish, ICollection<RecognizerResult> results)
    {
        int nextDigit = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            AddressToken t = tokens[i];

            // Every form a word opens has a number within a few tokens ("PO Box 12", "Calle de Alcalá 45", "Elm near
            // 12th"), except a neighbourhood alone: words far from any number are skipped without a lookup.
            while (nextDigit < tokens.Length && (nextDigit < i || tokens[nextDigit].Kind is not (AddressTokenKind.Number or AddressTokenKind.Alnum)))
            {
                nextDigit++;
            }

            AddressMatch match = default;
            bool found = t.Kind switch
            {
                AddressTokenKind.Number or AddressTokenKind.Alnum => AddressParser.TryParseUs(text, tokens, i, out match),
                AddressTokenKind.Word when nextDigit - i <= MaxWordsBeforeNumber || IsNeighborhoodWord(t.In(text)) =>
                    IsStartWord(t.In(text))
                    && (AddressParser.TryParseUs(text, tokens, i, out match)
                        || AddressParser.TryParseSpanish(text, tokens, i, spanish, out match)
                        || TryCrossStreet(text, tokens, i, out match)),
                _ => Nothing(out match),
            };

            if (!found)
            {
                continue;
            }

            int start = tokens[match.FirstToken].Start;
            int endToken = match.EndToken;

            // A final period or comma belongs to the sentence, not the address.
            while (endToken - 1 > match.FirstToken && tokens[endToken - 1].Kind == AddressTokenKind.Punct)
            {
                endToken--;
            }

            int end = tokens[endToken - 1].End;
            double score = match.Score;
            string why = match.Explanation;
            if (score < 0.85 && HasCue(text, start))
            {
                score = Math.Min(score + CueBoost, 0.8);
                why += ", after a residence cue";
            }

            results.Add(new RecognizerResult(EntityType.StreetAddress, start, end, Math.Round(score, 3), why, match.Address.ToCanonicalString()));
            i = Math.Max(i, match.EndToken - 1);
        }
    }

    // One or two lookups per word instead of three parser attempts: only these words can open an address.
    private static bool IsStartWord(ReadOnlySpan<char> word) =>
        (StartWordFilter.MayContain(word) && StartWords.Contains(word)) || Lexicons.StreetWords.TryGetSpanishViaType(word, out _);

    private static bool IsNeighborhoodWord(ReadOnlySpan<char> word) =>
        word.Equals("colonia", StringComparison.OrdinalIgnoreCase) || word.Equals("col", StringComparison.OrdinalIgnoreCase);

    private static bool Nothing(out AddressMatch match)
    {
        match = default;
        return false;
    }

    /// <summary>"lives off Ridgeway at 1840", "on Elm near 12th": a street and a landmark number or cross street.</summary>
    private static bool TryCrossStreet(string text, ReadOnlySpan<AddressToken> tokens, int i, out AddressMatch match)
    {
        match = default;
        ReadOnlySpan<char> w = tokens[i].In(text);
        if (w is not ("off" or "on") || i + 3 >= tokens.Length)
        {
            return false;
        }

        int k = i + 1;
        if (tokens[k].Kind != AddressTokenKind.Word || !AddressParser.IsCapitalized(text, tokens[k]) || tokens[k].Length < 3)
        {
            return false;
        }

        string street = AddressParser.Canonical(tokens[k].In(text));
        k++;
        if (k < tokens.Length && tokens[k].Kind == AddressTokenKind.Word && Lexicons.StreetWords.TryGetSuffix(tokens[k].In(text), out string? suffix))
        {
            street += " " + suffix;
            k++;
        }

        if (k + 1 >= tokens.Length || tokens[k].In(text) is not ("at" or "near" or "and" or "&" or "by"))
        {
            return false;
        }

        AddressToken other = tokens[k + 1];
        ReadOnlySpan<char> o = other.In(text);
        bool landmark = (other.Kind == AddressTokenKind.Number && o.Length <= 5 && o[0] != '0')
            || (other.Kind == AddressTokenKind.Alnum && AddressParser.IsOrdinal(o))
            || (other.Kind == AddressTokenKind.Word && AddressParser.IsCapitalized(text, other) && o.Length >= 3
                && k + 2 < tokens.Length && Lexicons.StreetWords.TryGetSuffix(tokens[k + 2].In(text), out _));
        if (!landmark)
        {
            return false;
        }

        int end = k + 2;
        if (other.Kind == AddressTokenKind.Word)
        {
            end++;
        }

        var address = new ParsedAddress { Form = AddressForm.Weak, StreetName = street + " & " + AddressParser.Canonical(o) };
        match = new AddressMatch(address, i + 1, end, 0.4, "street and cross street or block number");
        return true;
    }

    private static bool HasCue(string text, int start)
    {
        int from = Math.Max(0, start - CueWindow);
        ReadOnlySpan<char> window = text.AsSpan(from, start - from);
        if (Ascii.IsValid(window))
        {
            // An ASCII window lower-cased once: an ordinal search of each lower-case cue then finds exactly what
            // the case-insensitive one finds (no ASCII character equals a non-ASCII one, even ignoring case).
            Span<char> lower = stackalloc char[CueWindow];
            int n = Ascii.ToLower(window, lower, out int written) == OperationStatus.Done ? written : -1;
            if (n == window.Length)
            {
                ReadOnlySpan<char> folded = lower[..n];
                foreach (string cue in Cues)
                {
                    if (folded.Contains(cue, StringComparison.Ordinal))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        foreach (string cue in Cues)
        {
            if (window.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public override IEnumerable<RecognizerExample> Examples =>
    [
        // US, whole and partial.
        new("She lives at 6120 S. Kilbourn Ave, Chicago, IL 60629.", EntityType.StreetAddress, "6120 S. Kilbourn Ave, Chicago, IL 60629"),
        new("lives at 409 magnolia st", EntityType.StreetAddress, "409 magnolia st"),
        new("Meet me at 409 Magnolia St tomorrow", EntityType.StreetAddress, "409 Magnolia St"),
        new("his place: 350 W 59th St Apt 4B, New York, NY 10019", EntityType.StreetAddress, "350 W 59th St Apt 4B, New York, NY 10019"),
        new("1600 Pennsylvania Avenue NW, Washington, DC 20500", EntityType.StreetAddress, "1600 Pennsylvania Avenue NW, Washington, DC 20500"),
        new("send it to 2231 N Ridgeway Ave #4B\nChicago, IL 60647", EntityType.StreetAddress, "2231 N Ridgeway Ave #4B\nChicago, IL 60647"),
        new("the farm is at 4500 Highway 61", EntityType.StreetAddress, "4500 Highway 61"),
        new("out at 12 County Road 5 past the church", EntityType.StreetAddress, "12 County Road 5"),
        new("mail it to P.O. Box 4411, Austin, TX 78701", EntityType.StreetAddress, "P.O. Box 4411, Austin, TX 78701"),
        new("PO Box 12", EntityType.StreetAddress, "PO Box 12"),
        new("he lives off Ridgeway at 1840", EntityType.StreetAddress, "Ridgeway at 1840"),
        new("she lives on Elm near 12th", EntityType.StreetAddress, "Elm near 12th"),
        new("Her home is 88 Lake Shore Dr, Suite 300", EntityType.StreetAddress, "88 Lake Shore Dr, Suite 300"),

        // Spanish.
        new("vive en calle Sauce 1414", EntityType.StreetAddress, "calle Sauce 1414", "es"),
        new("Av. Juárez 88, col. Centro", EntityType.StreetAddress, "Av. Juárez 88, col. Centro", "es"),
        new("Calle de Alcalá 45, 3º B, 28014 Madrid", EntityType.StreetAddress, "Calle de Alcalá 45, 3º B, 28014 Madrid", "es"),
        new("está en C/ Mayor 12", EntityType.StreetAddress, "C/ Mayor 12", "es"),
        new("Avenida Insurgentes Sur 1602", EntityType.StreetAddress, "Avenida Insurgentes Sur 1602", "es"),
        new("su oficina: Paseo de la Reforma 222", EntityType.StreetAddress, "Paseo de la Reforma 222", "es"),
        new("Carrera 7 # 45-10, Bogotá", EntityType.StreetAddress, "Carrera 7 # 45-10", "es"),
        new("Av. Corrientes 1234, piso 3", EntityType.StreetAddress, "Av. Corrientes 1234, piso 3", "es"),
        new("escribe al apartado de correos 123", EntityType.StreetAddress, "apartado de correos 123", "es"),
        new("su domicilio está en la colonia Roma Norte", EntityType.StreetAddress, "colonia Roma Norte", "es"),

        // Look-alikes.
        new("I have 3 dogs and 2 cats", EntityType.StreetAddress, null),
        new("5 Star Hotel downtown", EntityType.StreetAddress, null),
        new("see you at 10 pm", EntityType.StreetAddress, null),
        new("Section 230 is on the ballot", EntityType.StreetAddress, null),
        new("Apollo 11 landed", EntityType.StreetAddress, null),
        new("the 49ers won", EntityType.StreetAddress, null),
        new("Chapter 11 again", EntityType.StreetAddress, null),
        new("Room 101 was cold", EntityType.StreetAddress, null),
        new("Main Street economics", EntityType.StreetAddress, null),
        new("top 10 ways to save", EntityType.StreetAddress, null),
        new("he scored 30 points", EntityType.StreetAddress, null),
        new("$400 a month", EntityType.StreetAddress, null),
        new("calle 13 (the band) played", EntityType.StreetAddress, null, "es"),
        new("call 773-555-0143 on 12/05/2024", EntityType.StreetAddress, null),
        new("tengo 3 perros", EntityType.StreetAddress, null, "es"),
        new("the 10 best ways to cook rice", EntityType.StreetAddress, null),
        new("meet on Elm near 12th", EntityType.StreetAddress, null),
    ];
}
