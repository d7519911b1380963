using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers;

/// <summary>
/// Payment card numbers: 13-19 digits, bare or grouped by spaces or dashes, that pass the Luhn check and carry a
/// known issuer prefix with that issuer's length (Visa, Mastercard including 2221-2720, American Express,
/// Discover, JCB, Diners Club). The Luhn check alone lets one random number in ten through, hence the issuer rule.
/// </summary>
internal sealed class CreditCardRecognizer : EntityRecognizer
{
    private const int MinDigits = 13;
    private const int MaxDigits = 19;

    private static readonly Func<string, int, int, bool> CardGap = static (text, from, to) => to - from == 1 && text[from] is ' ' or '-';

    private static readonly CueWords Cues = new(
        "card", "credit", "debit", "visa", "mastercard", "master card", "amex", "american express", "discover", "jcb",
        "diners", "cc", "cvv", "exp", "expires", "tarjeta", "crédito", "credito", "débito", "debito", "vence");

    private static readonly CueWords NegativeCues = new(
        "order", "tracking", "invoice", "ref", "reference", "isbn", "imei", "serial", "sku", "ticket", "confirmation",
        "pedido", "folio", "guía", "guia", "factura", "rastreo");

    public override string Name => "credit-card";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.CreditCard];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        if (context.Traits.Digits < MinDigits)
        {
            return;
        }

        int i = text.AsSpan().IndexOfAnyInRange('0', '9');
        List<DigitGroup> groups = DigitRuns.ThreadGroups();
        while (i >= 0)
        {
            int end = DigitRuns.Collect(text, i, groups, 1, CardGap);
            int total = 0;
            foreach (DigitGroup g in groups)
            {
                total += g.Length;
            }

            if (total >= MinDigits)
            {
                ScanRun(text, groups, results);
            }

            int next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : end + next;
        }
    }

    private static void ScanRun(string text, List<DigitGroup> groups, ICollection<RecognizerResult> results)
    {
        int last = groups.Count - 1;
        bool leftBlocked = IsBlockedLeft(text, groups[0].Start);
        bool rightBlocked = IsBlockedRight(text, groups[last].End);
        int first = 0;
        while (first <= last)
        {
            bool matched = false;
            if (first > 0 || !leftBlocked)
            {
                int digits = 0;
                int end = first;
                while (end <= last && digits + groups[end].Length <= MaxDigits)
                {
                    digits += groups[end].Length;
                    end++;
                }

                // Longest first: "4111 1111 1111 1111 123" is a card followed by its security code.
                for (int e = end - 1; e >= first && !matched; e--)
                {
                    if ((e < last || !rightBlocked) && TryCard(text, groups, first, e, results))
                    {
                        first = e + 1;
                        matched = true;
                    }
                }
            }

            if (!matched)
            {
                first++;
            }
        }
    }

    private static bool IsBlockedLeft(string text, int start) =>
        start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '/' or '#'
            || (text[start - 1] is '.' or ',' or '-' && start > 1 && char.IsAsciiDigit(text[start - 2])));

    private static bool IsBlockedRight(string text, int end) =>
        end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '_' or '/'
            || (text[end] is '.' or ',' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));

    private static bool TryCard(string text, List<DigitGroup> groups, int first, int end, ICollection<RecognizerResult> results)
    {
        Span<char> buffer = stackalloc char[MaxDigits];
        int n = DigitRuns.CopyDigits(text, groups, first, end, buffer);
        if (n < MinDigits || !GroupingOk(groups, first, end) || !SameSeparators(text, groups, first, end))
        {
            return false;
        }

        ReadOnlySpan<char> digits = buffer[..n];
        string? issuer = Issuer(digits);
        if (issuer is null || !Luhn(digits))
        {
            return false;
        }

        int start = groups[first].Start;
        int stop = groups[end].End;
        string? cue = Cues.FindNear(text, start, stop, 40, 24);
        if (cue is null && NegativeCues.FindIn(text, Math.Max(0, start - 32), start) is not null)
        {
            return true;
        }

        double score = end > first ? 0.9 : 0.85;
        string explanation = $"{issuer} card number (Luhn-valid)";
        if (cue is not null)
        {
            score = Math.Min(1.0, score + 0.1);
            explanation += $" with a '{cue}' cue";
        }

        results.Add(new RecognizerResult(EntityType.CreditCard, start, stop, score, explanation));
        return true;
    }

    // Printed cards group as 4-4-4-4(-3), 4-6-5 or 4-6-4; a run of short groups is something else.
    private static bool GroupingOk(List<DigitGroup> groups, int first, int end)
    {
        if (first == end)
        {
            return true;
        }

        if (groups[first].Length != 4)
        {
            return false;
        }

        for (int g = first + 1; g <= end; g++)
        {
            if (groups[g].Length is < 3 or > 6)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameSeparators(string text, List<DigitGroup> groups, int first, int end)
    {
        for (int g = first + 1; g <= end; g++)
        {
            if (text[groups[g].Start - 1] != text[groups[first + 1].Start - 1])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool Luhn(ReadOnlySpan<char> digits)
    {
        int sum = 0;
        bool doubleIt = false;
        for (int k = digits.Length - 1; k >= 0; k--)
        {
            int d = digits[k] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    internal static string? Issuer(ReadOnlySpan<char> d)
    {
        int len = d.Length;
        int p2 = ((d[0] - '0') * 10) + (d[1] - '0');
        int p3 = (p2 * 10) + (d[2] - '0');
        int p4 = (p3 * 10) + (d[3] - '0');
        return d[0] switch
        {
            '4' when len is 13 or 16 or 19 => "Visa",
            '5' when p2 is >= 51 and <= 55 && len == 16 => "Mastercard",
            '2' when p4 is >= 2221 and <= 2720 && len == 16 => "Mastercard",
            '3' when p2 is 34 or 37 && len == 15 => "American Express",
            '3' when p4 is >= 3528 and <= 3589 && len is >= 16 and <= 19 => "JCB",
            '3' when (p3 is >= 300 and <= 305 || p2 is 36 or 38 or 39) && len is >= 14 and <= 19 => "Diners Club",
            '6' when (p4 == 6011 || p3 is >= 644 and <= 649 || p2 == 65) && len is >= 16 and <= 19 => "Discover",
            _ => null,
        };
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("her card 4111 1111 1111 1111 exp 09/27", EntityType.CreditCard, "4111 1111 1111 1111"),
        new("visa 4111-1111-1111-1111", EntityType.CreditCard, "4111-1111-1111-1111"),
        new("MC 5555555555554444 lol", EntityType.CreditCard, "5555555555554444"),
        new("new range 2223 0031 2200 3222", EntityType.CreditCard, "2223 0031 2200 3222"),
        new("amex 3782 822463 10005", EntityType.CreditCard, "3782 822463 10005"),
        new("discover 6011 1111 1111 1117", EntityType.CreditCard, "6011 1111 1111 1117"),
        new("jcb 3530111333300000", EntityType.CreditCard, "3530111333300000"),
        new("diners 3056 930902 5904", EntityType.CreditCard, "3056 930902 5904"),
        new("su tarjeta 4111 1111 1111 1111 123", EntityType.CreditCard, "4111 1111 1111 1111", "es"),
        new("card 4111 1111 1111 1112", EntityType.CreditCard, null),
        new("call 773-555-0143 or +52 55 1234 5678", EntityType.CreditCard, null),
        new("order 4111111111111111 shipped", EntityType.CreditCard, null),
        new("id 12345678901234567890123", EntityType.CreditCard, null),
        new("code 1234 5678 9012 3456", EntityType.CreditCard, null),
        new("SSN 123-45-6789 and 2024-11-28", EntityType.CreditCard, null),
    ];
}
