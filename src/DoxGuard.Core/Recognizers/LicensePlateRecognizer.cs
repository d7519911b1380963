using System.Collections.Frozen;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Lexicons;
using DoxGuard.Recognizers.Addresses;

namespace DoxGuard.Recognizers;

/// <summary>
/// Finds vehicle licence plates. A plate-shaped string ("KXR 4471", "8ABC123", "JKL-12-34", "1234 BCD") is
/// everywhere in posts (promo codes, flights, models), so one counts only right after a plate cue ("plate", "tag",
/// "placas", "matrícula", "patente") or a US state ("IL DV43317"). Token-based like the address recognizer: one
/// tokenization, a bounded look-ahead from each cue or state word.
/// </summary>
internal sealed class LicensePlateRecognizer : EntityRecognizer
{
    private const int MaxPlateChars = 8;
    private const int CueLookAhead = 6;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CueWords = new[]
    {
        "plate", "plates", "tag", "tags", "license", "licence", "placa", "placas", "matrícula", "matricula",
        "matrículas", "matriculas", "patente", "registration", "reg",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words allowed between a cue and the plate: "plate number is", "placas de", "tag #", "license plate reads".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = new[]
    {
        "number", "num", "no", "nº", "is", "was", "reads", "read", "says", "de", "la", "el", "es", "son", "con", "del",
        "plate", "plates", "placa", "placas", "número", "numero", "the", "its", "his", "her", "their", "number's", "on",
        "with", "car", "truck", "auto", "coche", "carro",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public override string Name => "LicensePlateRecognizer";

    /// <inheritdoc />
    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.LicensePlate];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        // A plate has a digit; the tokens are the ones the street-address recognizer made of the same post.
        if (!context.Traits.HasDigit)
        {
            return;
        }

        Scan(text, AddressTokenizer.Shared(text), results);
    }

    private static void Scan(string text, ReadOnlySpan<AddressToken> tokens, ICollection<RecognizerResult> results)
    {
        int consumedUntil = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            if (i < consumedUntil || tokens[i].Kind != AddressTokenKind.Word)
            {
                continue;
            }

            ReadOnlySpan<char> word = tokens[i].In(text);
            if (word.Length < 2 || !(char.IsUpper(word[0]) || (word[0] | 0x20) is 'p' or 't' or 'l' or 'm' or 'r'))
            {
                // Cues start with p/t/l/m/r; states are capitalized: no lookup for most words.
                continue;
            }

            if (CueWords.Contains(word) && !IsDriverLicence(text, tokens, i))
            {
                bool weakCue = word.StartsWith("licen", StringComparison.OrdinalIgnoreCase) || word.StartsWith("reg", StringComparison.OrdinalIgnoreCase);
                // The plate follows within a few words of the same sentence ("placas del estado de México ABC-123-A").
                for (int j = i + 1; j < tokens.Length && j <= i + CueLookAhead; j++)
                {
                    AddressToken t = tokens[j];
                    ReadOnlySpan<char> s = t.In(text);
                    if (t.Kind == AddressTokenKind.Newline || (t.Kind == AddressTokenKind.Punct && s is "." or "!" or "?" or ";" or "@"))
                    {
                        break;
                    }

                    if (t.Kind == AddressTokenKind.Punct || Fillers.Contains(s))
                    {
                        continue;
                    }

                    if (TryPlate(text, tokens, j, minChars: 4, requireUpper: false, out int end, out string plate))
                    {
                        Add(results, tokens, j, end, weakCue ? 0.7 : 0.88, "plate-shaped string after a plate cue", plate);
                        consumedUntil = end;
                        break;
                    }
                }
            }
            else if (IsState(word) && (word.Length > 2 || IsUpper(word)) && i + 1 < tokens.Length
                && TryPlate(text, tokens, i + 1, minChars: 5, requireUpper: true, out int end, out string plate))
            {
                Add(results, tokens, i + 1, end, 0.72, "plate-shaped string after a state", plate);
                consumedUntil = end;
            }
        }
    }

    private static void Add(ICollection<RecognizerResult> results, ReadOnlySpan<AddressToken> tokens, int first, int end, double score, string why, string plate) =>
        results.Add(new RecognizerResult(EntityType.LicensePlate, tokens[first].Start, tokens[end - 1].End, score, why, plate));

    private static bool IsState(ReadOnlySpan<char> s) => s.Length >= 2 && StreetWords.TryGetState(s, out _);

    private static bool IsUpper(ReadOnlySpan<char> s) => !s.ContainsAnyInRange('a', 'z');

    // "driver's license D1234567" is an identity document number, not a plate.
    private static bool IsDriverLicence(string text, ReadOnlySpan<AddressToken> tokens, int i)
    {
        if (!tokens[i].In(text).StartsWith("licen", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int from = Math.Max(0, tokens[i].Start - 12);
        ReadOnlySpan<char> before = text.AsSpan(from, tokens[i].Start - from);
        return before.Contains("driv", StringComparison.OrdinalIgnoreCase) || before.Contains("conduc", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>One to three alphanumeric groups joined by a space or hyphen, 4-8 characters, letters and digits.</summary>
    private static bool TryPlate(string text, ReadOnlySpan<AddressToken> tokens, int j, int minChars, bool requireUpper, out int end, out string plate)
    {
        end = j;
        plate = string.Empty;
        // A plate is at most MaxPlateChars: built on the stack, as it is tried after every cue and state word.
        Span<char> chars = stackalloc char[MaxPlateChars];
        int length = 0;
        int letters = 0, digits = 0, groups = 0;
        int k = j;
        while (k < tokens.Length && groups < 3)
        {
            AddressToken t = tokens[k];
            if (t.Kind == AddressTokenKind.Punct || t.Kind == AddressTokenKind.Newline || t.Length > MaxPlateChars)
            {
                break;
            }

            ReadOnlySpan<char> s = t.In(text);
            if (!IsAsciiAlnum(s) || length + s.Length > MaxPlateChars)
            {
                break;
            }

            // Groups must look like plate parts (upper case or digits), not the next word of the sentence; a
            // lower-case plate is accepted only as one group with digits ("7xyz219"), never "in 2024".
            if (((groups > 0 || requireUpper || t.Kind == AddressTokenKind.Word) && !IsUpper(s)) || IsMixedCase(s))
            {
                break;
            }

            if (groups > 0 && t.Kind == AddressTokenKind.Word && StreetWords.TryGetState(s, out _) && s.Length == 2)
            {
                break;
            }

            // Letter groups of split plates are short ("KXR 4471", "1234 BCD"); "2 WEEKS" in a shouted post is not one.
            if (t.Kind == AddressTokenKind.Word && s.Length > 3)
            {
                break;
            }

            foreach (char c in s)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits++;
                }
                else
                {
                    letters++;
                }

                chars[length++] = char.ToUpperInvariant(c);
            }

            groups++;
            k++;
            end = k;

            // Groups are separated by one space or one hyphen; anything else ends the plate.
            if (k + 1 < tokens.Length && tokens[k].Kind == AddressTokenKind.Punct && text[tokens[k].Start] == '-'
                && tokens[k].Start == tokens[k - 1].End && tokens[k + 1].Start == tokens[k].End)
            {
                k++;
            }
            else if (k < tokens.Length && tokens[k].Start != tokens[k - 1].End + 1)
            {
                break;
            }
        }

        if (groups == 0 || letters == 0 || digits == 0 || length < minChars)
        {
            return false;
        }

        plate = new string(chars[..length]);
        return true;
    }

    // "Jake123" is a handle or a password, not a plate: plates are written in one case.
    private static bool IsMixedCase(ReadOnlySpan<char> s) => s.ContainsAnyInRange('a', 'z') && s.ContainsAnyInRange('A', 'Z');

    private static bool IsAsciiAlnum(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("his truck, IL DV43317, parks there", EntityType.LicensePlate, "DV43317"),
        new("Texas plate KXR 4471", EntityType.LicensePlate, "KXR 4471"),
        new("CA 8ABC123 silver civic", EntityType.LicensePlate, "8ABC123"),
        new("plate number is ABC-1234", EntityType.LicensePlate, "ABC-1234"),
        new("tag: 7XYZ219", EntityType.LicensePlate, "7XYZ219"),
        new("trae placas JKL-12-34", EntityType.LicensePlate, "JKL-12-34", "es"),
        new("coche con matrícula 1234 BCD", EntityType.LicensePlate, "1234 BCD", "es"),
        new("patente AB 123 CD", EntityType.LicensePlate, "AB 123 CD", "es"),
        new("use code SAVE20 at checkout", EntityType.LicensePlate, null),
        new("flight UA 1234 to Denver", EntityType.LicensePlate, null),
        new("my F-150 is red", EntityType.LicensePlate, null),
        new("driver's license D1234567", EntityType.LicensePlate, null),
        new("CA 90210 is a zip", EntityType.LicensePlate, null),
        new("tag me in 2024", EntityType.LicensePlate, null),
    ];
}
