using System.Text.RegularExpressions;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using Xunit.Abstractions;

namespace DoxGuard.Tests.Normalization;

/// <summary>
/// Recall on obfuscated posts: every positive example of every recognizer is obfuscated every applicable way
/// (<see cref="Obfuscator"/>) and scanned; recall on the variants must stay within five points of recall on the
/// plain examples. An entity counts when it has the expected type and overlaps the expected span.
/// </summary>
public sealed partial class ObfuscatedRecallTests(ITestOutputHelper output)
{
    private const double MaxRecallDrop = 0.05;

    [Fact]
    public void DefaultCatalog_ObfuscatedRecall_WithinFivePointsOfPlain()
    {
        RecallReport report = Measure(RecognizerCatalog.CreateDefault().Recognizers);
        AssertWithinTolerance(report);
    }

    [Fact]
    public void DigitRunRecognizer_ObfuscatedRecall_WithinFivePointsOfPlain()
    {
        RecallReport report = Measure([new DigitRunRecognizer(readsOriginal: false)]);
        Assert.Equal(report.PlainTotal, report.PlainHits);
        Assert.True(report.VariantTotal >= 5 * report.PlainTotal, $"only {report.VariantTotal} variants of {report.PlainTotal} examples");
        AssertWithinTolerance(report);
    }

    [Fact]
    public void RecognizerReadingTheRawText_ObfuscatedRecall_FallsBeyondTolerance()
    {
        // The harness must be able to fail: a recognizer that bypasses normalization loses the obfuscated variants.
        RecallReport report = Measure([new DigitRunRecognizer(readsOriginal: true)]);
        Assert.Equal(report.PlainTotal, report.PlainHits);
        output.WriteLine(report.Describe());
        Assert.True(report.VariantRecall < report.PlainRecall - MaxRecallDrop, report.Describe());
        Assert.NotEmpty(report.Misses);
    }

    [Theory]
    [InlineData(Obfuscation.SpacedDigits, "7 7 3 5 5 5 0 1 4 3")]
    [InlineData(Obfuscation.DottedDigits, "7.7.3.5.5.5.0.1.4.3")]
    [InlineData(Obfuscation.SpelledDigits, "seven seven three five five five zero one four three")]
    [InlineData(Obfuscation.ZeroWidth, "77\u200B3-\u200B55\u200B5-\u200B01\u200B43")]
    [InlineData(Obfuscation.LetterOForZero, "773-555-O143")]
    public void Obfuscator_PhoneSpan_IsObfuscatedInPlace(Obfuscation kind, string expectedSpan)
    {
        const string Text = "call 773-555-0143 now";
        ObfuscatedText? variant = Obfuscator.Apply(kind, Text, 5, 17, EntityType.PhoneNumber, "en");
        Assert.NotNull(variant);
        Assert.Equal(expectedSpan, variant.Span);
        Assert.Equal("call " + expectedSpan + " now", variant.Text);
    }

    [Theory]
    [InlineData("+52 55 1234 5678", "+5 2 5 5 1 2 3 4 5 6 7 8")]
    [InlineData("(773) 555-0143 ext 12", "7 7 3 5 5 5 0 1 4 3 ext 12")]
    public void Obfuscator_SpacedDigits_KeepPlusAndExtension(string span, string expected) =>
        Assert.Equal(expected, Obfuscator.Apply(Obfuscation.SpacedDigits, span, 0, span.Length, EntityType.PhoneNumber, "en")?.Span);

    [Fact]
    public void Obfuscator_SpanishPost_SpellsDigitsInSpanish()
    {
        ObfuscatedText? variant = Obfuscator.Apply(Obfuscation.SpelledDigits, "tel 55501", 4, 9, EntityType.PhoneNumber, "es");
        Assert.Equal("cinco cinco cinco cero uno", variant?.Span);
    }

    [Fact]
    public void Obfuscator_Homoglyphs_KeepALatinLetterInEveryWord()
    {
        ObfuscatedText? variant = Obfuscator.Apply(Obfuscation.Homoglyphs, "mail jane.smith@example.com", 5, 27, EntityType.EmailAddress, "en");
        Assert.NotNull(variant);
        Assert.NotEqual("jane.smith@example.com", variant.Span);
        Assert.All(variant.Span.Split('.', '@'), word => Assert.Contains(word, c => char.IsAsciiLetter(c)));
    }

    [Fact]
    public void Obfuscator_InapplicableObfuscations_ReturnNull()
    {
        Assert.Null(Obfuscator.Apply(Obfuscation.SpelledDigits, "born 1990-05-12", 5, 15, EntityType.DateOfBirth, "en"));
        Assert.Null(Obfuscator.Apply(Obfuscation.LetterOForZero, "plate ABC1023", 6, 13, EntityType.LicensePlate, "en"));
        Assert.Null(Obfuscator.Apply(Obfuscation.LetterOForZero, "https://maps.google.com/?q=41.77812,-87.70123", 27, 45, EntityType.GeoCoordinates, "en"));
    }

    private void AssertWithinTolerance(RecallReport report)
    {
        output.WriteLine(report.Describe());
        Assert.True(report.VariantRecall >= report.PlainRecall - MaxRecallDrop, report.Describe());
    }

    private static RecallReport Measure(IEnumerable<EntityRecognizer> recognizers)
    {
        var report = new RecallReport();
        foreach (EntityRecognizer recognizer in recognizers)
        {
            var engine = new ScanEngine(new ScanEngineOptions(), new RecognizerCatalog([recognizer]), new NoHarmClassifier(), new BaselinePolicy());
            foreach (RecognizerExample example in recognizer.Examples)
            {
                if (example.Expected is null)
                {
                    continue;
                }

                int start = example.Text.IndexOf(example.Expected, StringComparison.Ordinal);
                if (start < 0)
                {
                    report.Misses.Add($"{recognizer.Name}: example expects a span that is not in its text ({example.Type})");
                    continue;
                }

                int end = start + example.Expected.Length;
                report.PlainTotal++;
                if (Found(engine, example.Text, start, end, example))
                {
                    report.PlainHits++;
                }

                foreach ((Obfuscation kind, ObfuscatedText variant) in Obfuscator.All(example.Text, start, end, example.Type, example.Language))
                {
                    report.VariantTotal++;
                    if (Found(engine, variant.Text, variant.Start, variant.End, example))
                    {
                        report.VariantHits++;
                    }
                    else
                    {
                        report.Misses.Add($"{recognizer.Name} {example.Type} {kind}: '{variant.Text}'");
                    }
                }
            }
        }

        return report;
    }

    private static bool Found(ScanEngine engine, string text, int start, int end, RecognizerExample example) =>
        engine.FindEntities(text, example.Language).Any(e => e.Type == example.Type && e.Start < end && start < e.End);

    private sealed class RecallReport
    {
        public int PlainTotal { get; set; }

        public int PlainHits { get; set; }

        public int VariantTotal { get; set; }

        public int VariantHits { get; set; }

        public List<string> Misses { get; } = [];

        public double PlainRecall => PlainTotal == 0 ? 1 : (double)PlainHits / PlainTotal;

        public double VariantRecall => VariantTotal == 0 ? 1 : (double)VariantHits / VariantTotal;

        public string Describe() =>
            $"plain recall {PlainRecall:P1} ({PlainHits}/{PlainTotal}), obfuscated recall {VariantRecall:P1} ({VariantHits}/{VariantTotal}); misses:\n"
            + string.Join("\n", Misses);
    }

    /// <summary>
    /// A minimal phone-like recognizer for testing the harness itself: 7 to 15 digits with single separators.
    /// With <c>readsOriginal</c> it keeps only values written plainly in the raw post, as it would see them without the
    /// de-obfuscation pass.
    /// </summary>
    private sealed partial class DigitRunRecognizer(bool readsOriginal) : EntityRecognizer
    {
        public override string Name => readsOriginal ? "test-digit-run-raw" : "test-digit-run";

        public override IReadOnlyList<EntityType> SupportedEntities => [EntityType.PhoneNumber];

        public override IEnumerable<RecognizerExample> Examples =>
        [
            new("call me at 773-555-0143 tonight", EntityType.PhoneNumber, "773-555-0143"),
            new("his cell is 3125550199, go", EntityType.PhoneNumber, "3125550199"),
            new("ring 555 867 5309 after six", EntityType.PhoneNumber, "555 867 5309"),
            new("llama al 915.555.0101 ya", EntityType.PhoneNumber, "915.555.0101", "es"),
            new("in 2026 we moved", EntityType.PhoneNumber, null),
        ];

        public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
        {
            foreach (ValueMatch match in DigitRun().EnumerateMatches(context.Text))
            {
                (int start, int end) = context.Normalized.ToOriginal(match.Index, match.Index + match.Length);
                if (readsOriginal && !context.Text.AsSpan(match.Index, match.Length).SequenceEqual(context.Original.AsSpan(start, end - start)))
                {
                    continue;
                }

                results.Add(new RecognizerResult(EntityType.PhoneNumber, match.Index, match.Index + match.Length, 0.9, "digit run"));
            }
        }

        [GeneratedRegex(@"[0-9](?:[ .\-]?[0-9]){6,14}", RegexOptions.NonBacktracking)]
        private static partial Regex DigitRun();
    }
}
