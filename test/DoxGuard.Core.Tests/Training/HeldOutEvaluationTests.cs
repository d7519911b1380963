using DoxGuard.Analysis;
using DoxGuard.Harms;
using DoxGuard.Training;
using Xunit.Abstractions;

namespace DoxGuard.Tests.Training;

/// <summary>
/// Scores the shipped engine (recognizers, model, config/policy.json) on the corpus's held-out split, which no
/// training or tuning reads. The figures are printed for docs/classifier.md.
/// </summary>
public sealed class HeldOutEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The issue's floor (issue 3): macro-F1 over the four labels in each language.</summary>
    private const double IssueFloor = 0.90;

    /// <summary>
    /// What the shipped model must not fall under, per language. The issue's 0.90 is NOT met yet (measured 2026-11-29,
    /// fifth round: n-grams of fewer than five wording families no longer trained on, word and character n-grams
    /// weighed 3 and 4 against the cues, feature version 7: 0.818 en, 0.799 es on the current split; sixth round, the
    /// Spanish coordination threshold 0.4 instead of 0.35, chosen out-of-fold: 0.818 en, 0.805 es; seventh round,
    /// session 5, 8,669 more wording families from twenty new writers and thresholds chosen out-of-fold: 0.886 en,
    /// 0.861 es on those same 2,598 posts, 0.814 en, 0.840 es on the split that now holds 12,842 posts, the new
    /// writers' families harder than the old; eighth round, session 6, four more corpus rounds (6,623 families) and the
    /// trainer's own threshold rule: 0.819 en, 0.843 es on the split that now holds 20,734 posts; see
    /// docs/classifier.md), so this guards the current level against
    /// regressions while the gap is worked on; raise it with every better model until it reaches
    /// <see cref="IssueFloor"/>.
    /// </summary>
    private static double RegressionFloor(string language) => language == "en" ? 0.815 : 0.84;

    private static readonly Lazy<EvaluationReport> Report = new(() =>
    {
        var posts = LabelledPostReader.ReadDirectory(RepoPaths.Combine("data", "corpus")).Where(p => p.Split == "test").ToList();
        return EvaluationReport.Evaluate(ScanEngineFactory.CreateDefault(), ScanEngineFactory.CreatePolicy(), posts);
    });

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void ShippedModel_HeldOutSplit_MacroF1AboveFloor(string language)
    {
        EvaluationReport report = Report.Value;
        output.WriteLine(report.Format());
        double macro = report.MacroF1(language);
        output.WriteLine($"{language}: macro-F1 {macro:F3} (issue floor {IssueFloor}, regression floor {RegressionFloor(language)})");
        Assert.True(report.Counts(language, HarmLabel.Dox).TruePositives + report.Counts(language, HarmLabel.Dox).FalseNegatives > 50, "held-out split missing");
        Assert.True(macro >= RegressionFloor(language), $"{language}: macro-F1 {macro:F3} fell under {RegressionFloor(language)}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public void ShippedModel_HeldOutSplit_EveryLabelIsLearned(string language)
    {
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            LabelCounts counts = Report.Value.Counts(language, label);
            Assert.True(counts.F1 >= 0.5, $"{language}/{label.ToWireName()}: F1 {counts.F1:F3}");
        }
    }
}
