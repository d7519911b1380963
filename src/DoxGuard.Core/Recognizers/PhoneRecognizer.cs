using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Recognizers.Support;
using PhoneNumbers;

namespace DoxGuard.Recognizers;

/// <summary>
/// Phone numbers of the United States, Mexico and Spain in their usual written shapes, plus any "+"-prefixed
/// international number. Candidate digit runs are found by a linear scan; only runs whose grouping looks like a
/// phone number ("3-3-4", "2-4-4", "3-2-2-2"...) reach libphonenumber, because running its matcher over every post
/// costs far more than the whole engine's budget.
/// </summary>
internal sealed class PhoneRecognizer : EntityRecognizer
{
    private const double CueBoost = 0.35;
    private const int MaxDigits = 15;
    private const int MaxGroupsPerCandidate = 6;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly Func<string, int, int, bool> GapOk = IsPhoneGap;

    // The library's validity rule over source-generated matchers (null: the library decides, see PhoneValidity).
    private static readonly PhoneValidity? UsValidity = PhoneValidity.Create(Util, "US");
    private static readonly PhoneValidity? CaValidity = PhoneValidity.Create(Util, "CA");
    private static readonly PhoneValidity? MxValidity = PhoneValidity.Create(Util, "MX");
    private static readonly PhoneValidity? EsValidity = PhoneValidity.Create(Util, "ES");

    private static readonly CueWords Cues = new(
        "call", "calls", "cell", "cellphone", "text", "texts", "txt", "phone", "tel", "tel.", "telephone", "mobile", "mob",
        "number", "num", "ph", "fax", "dial", "whatsapp", "whats", "wa", "signal", "telegram", "contact", "reach", "ring",
        "llama", "llámale", "llamale", "llamen", "llámenle", "llamenle", "marca", "márcale", "marcale", "cel", "celular",
        "teléfono", "telefono", "tlf", "tfno", "móvil", "movil", "número", "numero", "wasap", "wsp", "mensaje");

    // Order, case and tracking numbers have the digits of a phone but are not one.
    private static readonly CueWords NegativeCues = new(
        "order", "tracking", "case no", "case #", "case number", "invoice", "ref", "reference", "ticket", "account",
        "acct", "isbn", "serial", "sku", "part no", "part #", "model", "ssn", "confirmation", "po #", "pedido", "folio",
        "guía", "guia", "factura", "cuenta", "rastreo", "expediente", "caso");

    public override string Name => "phone";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.PhoneNumber];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;

        // Every candidate needs seven digits (TryCandidate), whatever the grouping.
        if (context.Traits.Digits < 7)
        {
            return;
        }

        int i = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (i < 0)
        {
            return;
        }

        List<DigitGroup> groups = DigitRuns.ThreadGroups();
        while (i >= 0 && i < text.Length)
        {
            int runEnd = DigitRuns.Collect(text, i, groups, 3, GapOk);
            ScanRun(context, groups, results);
            int next = text.AsSpan(runEnd).IndexOfAnyInRange('0', '9');
            i = next < 0 ? -1 : runEnd + next;
        }
    }

    private static bool IsPhoneGap(string text, int from, int to)
    {
        int dashes = 0, spaces = 0, open = 0, close = 0;
        for (int k = from; k < to; k++)
        {
            switch (text[k])
            {
                case '-' or '.' or '\u2013':
                    dashes++;
                    break;
                case ' ':
                    spaces++;
                    break;
                case '(':
                    open++;
                    break;
                case ')':
                    close++;
                    break;
                default:
                    return false;
            }
        }

        return dashes <= 1 && spaces <= 2 && open <= 1 && close <= 1;
    }

    private static void ScanRun(AnalysisContext context, List<DigitGroup> groups, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        bool leftBlocked = IsBlockedLeft(text, groups[0].Start);
        int last = groups.Count - 1;
        bool rightBlocked = IsBlockedRight(text, groups[last].End);
        int first = 0;
        while (first <= last)
        {
            // A number inside a longer run must be set off by a space (phone then year, not "1990-2020").
            bool startOk = first == 0 ? !leftBlocked : DigitRuns.GapHasSpace(text, groups[first - 1].End, groups[first].Start);
            bool matched = false;
            if (startOk)
            {
                for (int end = Math.Min(last, first + MaxGroupsPerCandidate - 1); end >= first; end--)
                {
                    bool endOk = end == last ? !rightBlocked : DigitRuns.GapHasSpace(text, groups[end].End, groups[end + 1].Start);
                    if (endOk && TryCandidate(context, groups, first, end, results))
                    {
                        first = end + 1;
                        matched = true;
                        break;
                    }
                }
            }

            if (!matched)
            {
                first++;
            }
        }
    }

    private static bool IsBlockedLeft(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        char p = text[start - 1];
        if (p is '(' or '+')
        {
            return start >= 2 && char.IsLetterOrDigit(text[start - 2]);
        }

        if (char.IsLetterOrDigit(p) || p is '/' or ':' or '$' or '€' or '£' or '_' or '\\' or '=' or '%' or '^')
        {
            return true;
        }

        // "1,234" or "3.14" continue a number; "-87" after a comma is a coordinate, not a phone.
        return p is '.' or ',' or '-' && start >= 2 && (DigitRuns.IsDigit(text[start - 2]) || text[start - 2] is ',' or '.');
    }

    private static bool IsBlockedRight(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }

        char n = text[end];
        if (char.IsLetterOrDigit(n) || n is '/' or ':' or '_' or '%' or '°' or '\\')
        {
            return !IsExtensionAt(text, end, out _);
        }

        return n is '.' or ',' or '-' && end + 1 < text.Length && DigitRuns.IsDigit(text[end + 1]);
    }

    private static bool TryCandidate(AnalysisContext context, List<DigitGroup> groups, int first, int end, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        Span<char> buffer = stackalloc char[MaxDigits];
        int n = DigitRuns.CopyDigits(text, groups, first, end, buffer);
        if (n < 7)
        {
            return false;
        }

        int start = groups[first].Start;
        bool international = start > 0 && text[start - 1] == '+';
        if (!international && start > 1 && text[start - 1] == '(' && text[start - 2] == '+')
        {
            international = true;
        }

        ReadOnlySpan<char> digits = buffer[..n];
        Classification c = international ? ClassifyInternational(digits) : Classify(context, groups, first, end, digits);
        if (c.Score <= 0)
        {
            return false;
        }

        int spanStart = start;
        if (international)
        {
            spanStart = text[start - 1] == '+' ? start - 1 : start - 2;
        }
        else if (start > 0 && text[start - 1] == '(')
        {
            spanStart = start - 1;
        }

        int spanEnd = groups[end].End;
        if (IsExtensionAt(text, spanEnd, out int extEnd))
        {
            spanEnd = extEnd;
        }

        // "tracking number 7735550143": the claim of another kind of number outweighs the generic "number" cue.
        if (!international && NegativeCues.FindIn(text, Math.Max(0, spanStart - 32), spanStart) is not null)
        {
            // The run is claimed as a non-phone number; stop the scanner from carving a phone out of it.
            return true;
        }

        string? cue = Cues.FindNear(text, spanStart, spanEnd, 48, 24);
        double score = c.Score;
        string explanation = c.Explanation;
        if (cue is not null)
        {
            score = Math.Min(0.99, score + CueBoost);
            explanation += $" with a '{cue}' cue";
        }

        if (score >= 0.5)
        {
            results.Add(new RecognizerResult(EntityType.PhoneNumber, spanStart, spanEnd, score, explanation, c.Normalized));
        }

        return true;
    }

    private readonly record struct Classification(double Score, string Explanation, string? Normalized)
    {
        public static Classification None => new(0, "", null);
    }

    private static Classification ClassifyInternational(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 8)
        {
            return Classification.None;
        }

        // Mexico dropped the "1" of "+52 1" mobile numbers in 2019; people still write it.
        if (digits.Length == 13 && digits.StartsWith("521") && IsValidFor(digits[3..], "MX"))
        {
            return new Classification(0.95, "international phone number", E164(digits[3..], "MX"));
        }

        PhoneNumber? number = TryParse("+" + digits.ToString(), "ZZ");
        if (number is null)
        {
            return Classification.None;
        }

        if (Util.IsValidNumber(number))
        {
            return new Classification(0.95, "international phone number", Util.Format(number, PhoneNumberFormat.E164));
        }

        // Fictional 555 numbers fail the validity tables but have the shape of a real one.
        return number.CountryCode == 1 && Util.IsPossibleNumber(number) && IsNanpShape(digits[1..])
            ? new Classification(0.6, "North American phone number", Util.Format(number, PhoneNumberFormat.E164))
            : Classification.None;
    }

    // The grouping is encoded one hex digit per group, so "773-555-0143" is 0x334 and "612 34 56 78" is 0x3222.
    private static int ShapeKey(List<DigitGroup> groups, int first, int end)
    {
        int key = 0;
        for (int g = first; g <= end; g++)
        {
            int len = groups[g].Length;
            if (len > 15)
            {
                return -1;
            }

            key = (key * 16) + len;
        }

        return key;
    }

    private static Classification Classify(AnalysisContext context, List<DigitGroup> groups, int first, int end, ReadOnlySpan<char> digits)
    {
        bool spanish = context.IsSpanish;
        switch (ShapeKey(groups, first, end))
        {
            case 0x334:
                return spanish ? Ten(digits, "MX", "US", 0.85) : Ten(digits, "US", "MX", 0.85);
            case 0xA:
                return spanish ? Ten(digits, "MX", "US", 0.7) : Ten(digits, "US", "MX", 0.7);
            case 0x1334 or 0xB when digits[0] == '1':
                return Ten(digits[1..], "US", null, digits.Length == 11 && end == first ? 0.7 : 0.9);
            case 0x244:
                return National(digits, "MX", 0.85);
            case 0x3244 or 0x3334 or 0xD when digits.StartsWith("044") || digits.StartsWith("045"):
                // Mexico's former mobile prefixes, still common in writing.
                return National(digits[3..], "MX", end == first ? 0.7 : 0.85);
            case 0x2244 or 0x2334 when digits.StartsWith("01"):
                return National(digits[2..], "MX", 0.8);
            case 0x3222 or 0x2322:
                return National(digits, "ES", 0.85);
            case 0x333:
                return National(digits, "ES", spanish ? 0.8 : 0.6);
            case 0x9:
                return National(digits, "ES", 0.4);
            case 0x34 when digits[0] is >= '2' and <= '9':
                // A local number without its area code is a phone only when the post says so.
                return new Classification(0.4, "local phone number", null);
            default:
                return Classification.None;
        }
    }

    // National numbers are checked against one region's tables: libphonenumber's region-free IsValidNumber walks all
    // twenty-five North American regions and costs several times more.
    private static Classification Ten(ReadOnlySpan<char> digits, string region, string? fallback, double score)
    {
        if (IsValidFor(digits, region) || (region == "US" && IsValidFor(digits, "CA")))
        {
            return new Classification(score, "phone number", E164(digits, region));
        }

        if (fallback is not null && IsValidFor(digits, fallback))
        {
            return new Classification(score - 0.05, "phone number", E164(digits, fallback));
        }

        // libphonenumber rejects some fictional and newly opened ranges; the NANP shape alone still reads as a phone.
        return IsNanpShape(digits)
            ? new Classification(score - 0.3, "North American phone number", E164(digits, "US"))
            : Classification.None;
    }

    private static Classification National(ReadOnlySpan<char> digits, string region, double score) =>
        IsValidFor(digits, region)
            ? new Classification(score, "phone number", E164(digits, region))
            : Classification.None;

    private static int CountryCode(string region) => region switch
    {
        "MX" => 52,
        "ES" => 34,
        _ => 1,
    };

    // Concatenated from a constant prefix: an interpolated string here went through the pooled formatting handler,
    // which cost more than the string itself (1.3% of a scan, from one phone-shaped run in five posts).
    private static string E164(ReadOnlySpan<char> national, string region) => string.Concat(region switch
    {
        "MX" => "+52",
        "ES" => "+34",
        _ => "+1",
    }, national);

    private static bool IsValidFor(ReadOnlySpan<char> national, string region)
    {
        // None of these plans writes a national significant number with a leading zero (trunk prefixes are stripped).
        if (national.IsEmpty || national[0] == '0' || !ulong.TryParse(national, out ulong value))
        {
            return false;
        }

        PhoneValidity? compiled = region switch
        {
            "US" => UsValidity,
            "CA" => CaValidity,
            "MX" => MxValidity,
            "ES" => EsValidity,
            _ => null,
        };
        if (compiled is not null)
        {
            return compiled.IsValid(national);
        }

        PhoneNumber number = new PhoneNumber.Builder().SetCountryCode(CountryCode(region)).SetNationalNumber(value).Build();
        return Util.IsValidNumberForRegion(number, region);
    }

    // Area code and exchange both start with 2-9 in the North American plan.
    private static bool IsNanpShape(ReadOnlySpan<char> digits) =>
        digits.Length == 10 && digits[0] is >= '2' and <= '9' && digits[3] is >= '2' and <= '9';

    private static PhoneNumber? TryParse(string digits, string region)
    {
        try
        {
            return Util.Parse(digits, region);
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    // " ext 12", " ext. 12", " x12", "#12" after a number belong to it.
    private static bool IsExtensionAt(string text, int at, out int end)
    {
        end = at;
        int i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        ReadOnlySpan<char> rest = text.AsSpan(i);
        int marker = rest.StartsWith("extension", StringComparison.OrdinalIgnoreCase) ? 9
            : rest.StartsWith("ext", StringComparison.OrdinalIgnoreCase) ? 3
            : rest.StartsWith("x", StringComparison.OrdinalIgnoreCase) ? 1
            : 0;
        if (marker == 0)
        {
            return false;
        }

        i += marker;
        if (i < text.Length && text[i] is '.' or ':')
        {
            i++;
        }

        while (i < text.Length && text[i] == ' ' && i - at < 14)
        {
            i++;
        }

        int digitsStart = i;
        while (i < text.Length && DigitRuns.IsDigit(text[i]) && i - digitsStart < 6)
        {
            i++;
        }

        if (i == digitsStart || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return false;
        }

        end = i;
        return true;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("call him at (773) 555-0143 tonight", EntityType.PhoneNumber, "(773) 555-0143"),
        new("his cell is 773.555.0143", EntityType.PhoneNumber, "773.555.0143"),
        new("773-555-0143 is her number", EntityType.PhoneNumber, "773-555-0143"),
        new("text 773 555 0143 and tell her", EntityType.PhoneNumber, "773 555 0143"),
        new("reach him on 7735550143", EntityType.PhoneNumber, "7735550143"),
        new("+1 773 555 0143", EntityType.PhoneNumber, "+1 773 555 0143"),
        new("dial 1-773-555-0143 now", EntityType.PhoneNumber, "1-773-555-0143"),
        new("office: +1 (773) 555-0143", EntityType.PhoneNumber, "+1 (773) 555-0143"),
        new("desk line 773-555-0143 ext 12", EntityType.PhoneNumber, "773-555-0143 ext 12"),
        new("su número es +52 55 1234 5678", EntityType.PhoneNumber, "+52 55 1234 5678", "es"),
        new("llámale al 55 1234 5678 a cualquier hora", EntityType.PhoneNumber, "55 1234 5678", "es"),
        new("su cel 044 55 1234 5678", EntityType.PhoneNumber, "044 55 1234 5678", "es"),
        new("whatsapp +34 612 345 678", EntityType.PhoneNumber, "+34 612 345 678", "es"),
        new("su móvil es 612 34 56 78", EntityType.PhoneNumber, "612 34 56 78", "es"),
        new("teléfono de casa 91 123 45 67", EntityType.PhoneNumber, "91 123 45 67", "es"),
        new("call her at 555-0143 after six", EntityType.PhoneNumber, "555-0143"),
        new("she said 555-0143 was the total", EntityType.PhoneNumber, null),
        new("the meeting is on 2024-11-28", EntityType.PhoneNumber, null),
        new("born 11/28/2024 in Chicago", EntityType.PhoneNumber, null),
        new("we met at 10:30 and left at 11:45", EntityType.PhoneNumber, null),
        new("he served from 1990-2020 in the army", EntityType.PhoneNumber, null),
        new("it cost $1,234.56 plus $7,735.50 tax", EntityType.PhoneNumber, null),
        new("ZIP 60629 or 60629-1234", EntityType.PhoneNumber, null),
        new("SSN 123-45-6789", EntityType.PhoneNumber, null),
        new("card 4111 1111 1111 1111", EntityType.PhoneNumber, null),
        new("server at 192.168.100.143", EntityType.PhoneNumber, null),
        new("order #7735550143 shipped", EntityType.PhoneNumber, null),
        new("tracking number 7735550143", EntityType.PhoneNumber, null),
        new("case no. 773-555-0143 was closed", EntityType.PhoneNumber, null),
        new("final score 3-2 in overtime", EntityType.PhoneNumber, null),
        new("upgrade to version 10.2.3.4567", EntityType.PhoneNumber, null),
    ];
}
