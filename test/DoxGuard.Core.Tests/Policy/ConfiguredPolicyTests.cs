using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Tests.Policy;

public sealed class ConfiguredPolicyTests
{
    private static readonly ConfiguredPolicy Policy = new(ModerationPolicyLoader.Parse(
        """
        {
          "mode": "enforce",
          "thresholds": {
            "default": { "dox": 0.5, "threat": 0.5, "bounty": 0.5, "coordination": 0.5 },
            "es": { "threat": 0.7 }
          },
          "reviewBand": 0.1
        }
        """, "test"));

    private static Entity Pii(EntityType type, string? registry = null) =>
        new(type, 0, 5, 0.9, "test", "test") { ProtectedRecordId = registry };

    private static ModerationDecision Decide(double dox, double threat, double bounty, double coordination, string lang = "en", params Entity[] entities) =>
        Policy.Decide(new PolicyInput(lang, new HarmAssessment(new HarmScores(dox, threat, bounty, coordination), ["evidence"]), entities));

    [Theory]
    // dox, threat, bounty, coordination -> action, severity
    [InlineData(0.0, 0.0, 0.9, 0.0, ModerationAction.Escalate, Severity.Critical)] // bounty alone escalates
    [InlineData(0.9, 0.9, 0.0, 0.0, ModerationAction.Escalate, Severity.Critical)] // dox together with threat escalates
    [InlineData(0.9, 0.0, 0.0, 0.0, ModerationAction.Remove, Severity.High)] // dox alone removes
    [InlineData(0.0, 0.9, 0.0, 0.0, ModerationAction.Remove, Severity.High)] // threat alone removes
    [InlineData(0.9, 0.0, 0.0, 0.9, ModerationAction.Remove, Severity.High)] // dox + coordination: remove (stronger than review)
    [InlineData(0.0, 0.0, 0.0, 0.9, ModerationAction.Review, Severity.Medium)] // coordination alone: review
    [InlineData(0.0, 0.45, 0.0, 0.0, ModerationAction.Review, Severity.Low)] // just under threshold: review band
    [InlineData(0.0, 0.3, 0.0, 0.0, ModerationAction.Allow, Severity.None)] // well under: allow
    [InlineData(0.1, 0.1, 0.1, 0.1, ModerationAction.Allow, Severity.None)]
    public void Decide_LabelTable_GivesContractAction(double dox, double threat, double bounty, double coordination, ModerationAction action, Severity severity)
    {
        ModerationDecision decision = Decide(dox, threat, bounty, coordination);
        Assert.Equal(action, decision.Action);
        Assert.Equal(severity, decision.Severity);
    }

    [Fact]
    public void Decide_ThresholdPerLanguage_SpanishThreatNeedsMore()
    {
        Assert.Equal(ModerationAction.Remove, Decide(0, 0.65, 0, 0, "en").Action);
        Assert.NotEqual(ModerationAction.Remove, Decide(0, 0.65, 0, 0, "es").Action);
        Assert.Equal(ModerationAction.Remove, Decide(0, 0.75, 0, 0, "es").Action);
    }

    [Fact]
    public void Decide_LanguageWithoutOwnThresholds_UsesDefault()
    {
        Assert.Equal(ModerationAction.Remove, Decide(0.55, 0, 0, 0, "fr").Action);
    }

    [Fact]
    public void Decide_PersonalInformationWithoutHarm_IsLabelledWithReason()
    {
        ModerationDecision decision = Decide(0.1, 0, 0, 0, "en", Pii(EntityType.PhoneNumber));
        Assert.Equal(ModerationAction.Label, decision.Action);
        Assert.Equal(Severity.Low, decision.Severity);
        Assert.Empty(decision.Labels);
        Assert.Contains(decision.Reasons, r => r.Contains("phone", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_NameOnlyWithoutHarm_IsAllowed()
    {
        Assert.Equal(ModerationAction.Allow, Decide(0.1, 0, 0, 0, "en", Pii(EntityType.Person)).Action);
    }

    [Theory]
    [InlineData(EntityType.StreetAddress)]
    [InlineData(EntityType.PhoneNumber)]
    public void Decide_RegisteredHomeOrPhoneWithoutHarm_AtLeastRemoves(EntityType type)
    {
        ModerationDecision decision = Decide(0.1, 0, 0, 0, "en", Pii(type, "rec-1"));
        Assert.Equal(ModerationAction.Remove, decision.Action);
        Assert.Equal(Severity.High, decision.Severity);
        Assert.Contains(decision.Reasons, r => r.Contains("protected", StringComparison.Ordinal));
    }

    [Fact]
    public void Decide_RegistryMatchWithThreat_Escalates()
    {
        ModerationDecision decision = Decide(0, 0.9, 0, 0, "en", Pii(EntityType.Person, "rec-1"));
        Assert.Equal(ModerationAction.Escalate, decision.Action);
        Assert.Equal(Severity.Critical, decision.Severity);
    }

    [Fact]
    public void Decide_RegistryMatchWithBountyAndNoOtherHarm_Escalates()
    {
        Assert.Equal(ModerationAction.Escalate, Decide(0, 0, 0.9, 0, "en", Pii(EntityType.EmailAddress, "rec-1")).Action);
    }

    [Fact]
    public void Decide_RegisteredNameOnly_RaisesSeverityAndLabels()
    {
        ModerationDecision plain = Decide(0, 0, 0, 0.9, "en", Pii(EntityType.Person));
        ModerationDecision registered = Decide(0, 0, 0, 0.9, "en", Pii(EntityType.Person, "rec-1"));
        Assert.True(registered.Severity > plain.Severity);
        Assert.True(registered.Action >= plain.Action);
        Assert.Equal(ModerationAction.Label, Decide(0, 0, 0, 0, "en", Pii(EntityType.Person, "rec-1")).Action);
    }

    [Fact]
    public void Decide_HarmFound_ReasonsCarryClassifierEvidence()
    {
        Assert.Contains("evidence", Decide(0.9, 0, 0, 0).Reasons);
        Assert.DoesNotContain("evidence", Decide(0.1, 0, 0, 0).Reasons);
    }

    [Fact]
    public void Decide_ShadowMode_ActsWithBaselineAndRecordsConfiguredVerdict()
    {
        var shadow = new ConfiguredPolicy(ModerationPolicyLoader.Parse(
            """{ "mode": "shadow", "thresholds": { "default": { "threat": 0.3 } }, "baselineThreshold": 0.5 }""", "test"));
        ModerationDecision decision = shadow.Decide(new PolicyInput("en", new HarmAssessment(new HarmScores(0, 0.4, 0, 0), []), []));

        Assert.Equal(ModerationAction.Allow, decision.Action); // the baseline (0.5) acts
        Assert.NotNull(decision.Shadow);
        Assert.Equal(ModerationAction.Remove, decision.Shadow!.Action); // the configured policy (0.3) would remove
        Assert.Equal([HarmLabel.Threat], decision.Shadow.Labels);
    }

    [Fact]
    public void Decide_EnforceMode_RecordsNoShadow()
    {
        Assert.Null(Decide(0.9, 0, 0, 0).Shadow);
    }
}
