using DoxGuard.Entities;
using DoxGuard.Harms;

namespace DoxGuard.Policy;

/// <summary>
/// The fixed policy of the contract, without per-language configuration: bounty, or dox with threat, escalates;
/// dox or threat removes; coordination is reviewed; personal information alone is labelled when sensitive.
/// </summary>
public sealed class BaselinePolicy : IModerationPolicy
{
    /// <summary>Score at which a label is reported.</summary>
    /// <value>The default value is 0.5.</value>
    public double LabelThreshold { get; init; } = 0.5;

    /// <inheritdoc />
    public ModerationDecision Decide(PolicyInput input)
    {
        HarmScores scores = input.Assessment.Scores;
        var labels = HarmLabelNames.All.Where(l => scores[l] >= LabelThreshold).ToList();
        bool has(HarmLabel l) => labels.Contains(l);
        bool protectedMatch = input.Entities.Any(e => e.ProtectedRecordId is not null);

        (ModerationAction action, Severity severity) = (has(HarmLabel.Bounty), has(HarmLabel.Dox), has(HarmLabel.Threat), has(HarmLabel.Coordination)) switch
        {
            (true, _, _, _) => (ModerationAction.Escalate, Severity.Critical),
            (_, true, true, _) => (ModerationAction.Escalate, Severity.Critical),
            (_, true, _, _) => (ModerationAction.Remove, Severity.High),
            (_, _, true, _) => (ModerationAction.Remove, Severity.High),
            (_, _, _, true) => (ModerationAction.Review, Severity.Medium),
            _ when input.Entities.Any(e => IsSensitive(e.Type)) => (ModerationAction.Label, Severity.Low),
            _ => (ModerationAction.Allow, Severity.None),
        };

        if (protectedMatch && labels.Count > 0 && (has(HarmLabel.Threat) || has(HarmLabel.Bounty)))
        {
            (action, severity) = (ModerationAction.Escalate, Severity.Critical);
        }

        return new ModerationDecision(action, severity, labels, input.Assessment.Evidence);
    }

    private static bool IsSensitive(EntityType type) => type is EntityType.StreetAddress or EntityType.PhoneNumber
        or EntityType.UsSsn or EntityType.CreditCard or EntityType.DateOfBirth or EntityType.LicensePlate
        or EntityType.EmailAddress or EntityType.GeoCoordinates;
}
