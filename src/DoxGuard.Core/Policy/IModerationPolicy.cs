using DoxGuard.Entities;
using DoxGuard.Harms;

namespace DoxGuard.Policy;

/// <summary>Turns labels, scores and entities into a severity and an action.</summary>
public interface IModerationPolicy
{
    /// <summary>Decides one post. Must be thread-safe.</summary>
    ModerationDecision Decide(PolicyInput input);
}

/// <summary>What the policy sees of a post.</summary>
/// <param name="Language">Two-letter language code.</param>
/// <param name="Assessment">The classifier's scores and evidence.</param>
/// <param name="Entities">Personal information found, with registry matches marked.</param>
public sealed record PolicyInput(string Language, HarmAssessment Assessment, IReadOnlyList<Entity> Entities);

/// <summary>The policy's verdict on a post.</summary>
/// <param name="Action">What to do.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Labels">Harms found, in contract order.</param>
/// <param name="Reasons">Human-readable evidence for the action.</param>
public sealed record ModerationDecision(
    ModerationAction Action, Severity Severity, IReadOnlyList<HarmLabel> Labels, IReadOnlyList<string> Reasons)
{
    /// <summary>The policy's verdict had it been acting, when it runs in shadow mode; null otherwise.</summary>
    public ModerationDecision? Shadow { get; init; }
}
