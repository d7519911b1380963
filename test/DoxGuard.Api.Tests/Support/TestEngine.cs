using System.Text.RegularExpressions;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Support;

/// <summary>
/// A small deterministic engine for the service tests: the service is under test here, not detection, so posts say
/// what they are ("[threat]", "[bounty]", "[dox]") and phones are NNN-NNN-NNNN. Built from Core's real pipeline.
/// </summary>
internal static partial class TestEngine
{
    public static ScanEngine Create(IProtectedPersonMatcher? registry = null) =>
        new(new ScanEngineOptions(), new RecognizerCatalog([new DashedPhoneRecognizer()]), new TagClassifier(), new TagPolicy(), registry);

    [GeneratedRegex(@"\b\d{3}-\d{3}-\d{4}\b", RegexOptions.NonBacktracking)]
    private static partial Regex Phone();

    private sealed class DashedPhoneRecognizer : EntityRecognizer
    {
        public override string Name => "test-phone";

        public override IReadOnlyList<EntityType> SupportedEntities => [EntityType.PhoneNumber];

        public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
        {
            foreach (Match m in Phone().Matches(context.Text))
            {
                results.Add(new RecognizerResult(EntityType.PhoneNumber, m.Index, m.Index + m.Length, 0.95, "phone number", "+1" + m.Value.Replace("-", string.Empty, StringComparison.Ordinal)));
            }
        }
    }

    private sealed class TagClassifier : IHarmClassifier
    {
        public HarmAssessment Assess(AnalysisContext context, IReadOnlyList<Entity> entities)
        {
            string t = context.Original;
            var scores = new HarmScores(
                t.Contains("[dox]", StringComparison.Ordinal) ? 0.9 : 0,
                t.Contains("[threat]", StringComparison.Ordinal) ? 0.95 : 0,
                t.Contains("[bounty]", StringComparison.Ordinal) ? 0.97 : 0,
                t.Contains("[coordination]", StringComparison.Ordinal) ? 0.8 : 0);
            return new HarmAssessment(scores, []);
        }
    }

    private sealed class TagPolicy : IModerationPolicy
    {
        public ModerationDecision Decide(PolicyInput input)
        {
            HarmScores s = input.Assessment.Scores;
            var labels = HarmLabelNames.All.Where(l => s[l] >= 0.5).ToList();
            (ModerationAction action, Severity severity) =
                labels.Contains(HarmLabel.Bounty) ? (ModerationAction.Escalate, Severity.Critical)
                : labels.Contains(HarmLabel.Threat) ? (ModerationAction.Remove, Severity.High)
                : labels.Contains(HarmLabel.Coordination) ? (ModerationAction.Remove, Severity.Medium)
                : labels.Contains(HarmLabel.Dox) ? (ModerationAction.Review, Severity.Medium)
                : input.Entities.Count > 0 ? (ModerationAction.Label, Severity.Low)
                : (ModerationAction.Allow, Severity.None);
            return new ModerationDecision(action, severity, labels, [.. labels.Select(l => $"test tag {l.ToWireName()}")]);
        }
    }
}
