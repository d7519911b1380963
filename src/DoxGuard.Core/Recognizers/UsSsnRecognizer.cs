using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers;

/// <summary>
/// US Social Security numbers written ddd-dd-dddd, ddd dd dddd or ddd.dd.dddd, and nine bare digits only next to
/// an SSN cue. Numbers the SSA never issues are rejected (area 000, 666 or 900-999, group 00, serial 0000), as are
/// the numbers famously printed on sample cards and runs of one digit.
/// </summary>
internal sealed class UsSsnRecognizer : EntityRecognizer
{
    private static readonly Func<string, int, int, bool> SsnGap = static (text, from, to) => to - from == 1 && text[from] is '-' or ' ' or '.';

    private static readonly CueWords Cues = new(
        "ssn", "ssn#", "ss#", "ss #", "ss no", "social", "social security", "soc sec", "seguro social", "nss",
        "número de seguro social", "numero de seguro social");

    private static readonly CueWords NegativeCues = new(
        "part", "part no", "model", "order", "tracking", "invoice", "ref", "sku", "serial", "item", "routing", "isbn",
        "ticket", "case", "phone", "tel", "pedido", "folio", "factura", "modelo", "pieza");

    public override string Name => "us-ssn";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.UsSsn];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;

        // Both the dashed and the bare form hold nine digits.
        if (context.Traits.Digits < 9)
        {
            return;
        }

        int i = text.AsSpan().IndexOfAnyInRange('0', '9');
        List<DigitGroup> groups = DigitRuns.ThreadGroups();
        while (i >= 0)
        {
            int end = DigitRuns.Collect(text, i, groups, 1, SsnGap);
            if (BoundariesOk(text, i, end))
            {
                TryRun(text, groups, results);
            }

            int next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : end + next;
        }
    }

    private static bool BoundariesOk(string text, int start, int end)
    {
        bool left = start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '/' or '$'
            || (text[start - 1] is '.' or ',' or '-' && start > 1 && char.IsAsciiDigit(text[start - 2])));
        bool right = end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] is '_' or '/' or '%'
            || (text[end] is '.' or ',' or '-' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
        return left && right;
    }

    private static void TryRun(string text, List<DigitGroup> groups, ICollection<RecognizerResult> results)
    {
        bool formatted = groups.Count == 3 && groups[0].Length == 3 && groups[1].Length == 2 && groups[2].Length == 4
            && text[groups[0].End] == text[groups[1].End];
        bool bare = groups.Count == 1 && groups[0].Length == 9;
        if (!formatted && !bare)
        {
            return;
        }

        Span<char> d = stackalloc char[9];
        DigitRuns.CopyDigits(text, groups, 0, groups.Count - 1, d);
        if (!IsIssuable(d))
        {
            return;
        }

        int start = groups[0].Start;
        int end = groups[^1].End;
        string? cue = Cues.FindNear(text, start, end, 40, 16);
        if (cue is null && NegativeCues.FindIn(text, Math.Max(0, start - 32), start) is not null)
        {
            return;
        }

        // Only the dashed form is distinctive on its own; spaced, dotted and bare digits need the post to say "SSN".
        double score = bare ? 0.4 : text[groups[0].End] == '-' ? 0.85 : 0.45;
        string explanation = "Social Security number";
        if (cue is not null)
        {
            score = Math.Min(0.99, score + 0.45);
            explanation += $" with a '{cue}' cue";
        }

        results.Add(new RecognizerResult(EntityType.UsSsn, start, end, score, explanation, $"{d[..3]}-{d[3..5]}-{d[5..]}"));
    }

    internal static bool IsIssuable(ReadOnlySpan<char> d)
    {
        ReadOnlySpan<char> area = d[..3];
        if (area is "000" or "666" || area[0] == '9' || d[3..5] is "00" || d[5..] is "0000")
        {
            return false;
        }

        // Printed on sample cards and in advertising, then reported by thousands of people as their own.
        if (d is "078051120" or "219099999")
        {
            return false;
        }

        return d.IndexOfAnyExcept(d[0]) >= 0;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("his SSN is 123-45-6789 lol", EntityType.UsSsn, "123-45-6789"),
        new("ssn: 536 22 1234", EntityType.UsSsn, "536 22 1234"),
        new("social 536.22.1234", EntityType.UsSsn, "536.22.1234"),
        new("SS# 536221234", EntityType.UsSsn, "536221234"),
        new("su número de seguro social 536-22-1234", EntityType.UsSsn, "536-22-1234", "es"),
        new("leaked: 536-22-1234 and his DOB", EntityType.UsSsn, "536-22-1234"),
        new("call 773-555-0143", EntityType.UsSsn, null),
        new("the total was 536221234", EntityType.UsSsn, null),
        new("ssn 000-12-3456 or 666-12-3456 or 912-34-5678", EntityType.UsSsn, null),
        new("ssn 123-00-4567 or 123-45-0000", EntityType.UsSsn, null),
        new("the card said 078-05-1120", EntityType.UsSsn, null),
        new("ssn 219-09-9999 or 111-11-1111", EntityType.UsSsn, null),
        new("on 2024-11-28 or 11-28-2024", EntityType.UsSsn, null),
        new("part no. 536-22-1234", EntityType.UsSsn, null),
        new("SKU 536-22-1234-B", EntityType.UsSsn, null),
    ];
}
