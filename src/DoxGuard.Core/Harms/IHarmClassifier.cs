using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Harms;

/// <summary>Scores a post for each harm label from its text and the personal information found in it.</summary>
public interface IHarmClassifier
{
    /// <summary>Assesses one post. Must be thread-safe.</summary>
    HarmAssessment Assess(AnalysisContext context, IReadOnlyList<Entity> entities);
}

/// <summary>The classifier's scores and the evidence behind them, in words fit for a reviewer.</summary>
/// <param name="Scores">Per-label scores.</param>
/// <param name="Evidence">Short reasons quoting the post where possible ("offers $50k").</param>
public sealed record HarmAssessment(HarmScores Scores, IReadOnlyList<string> Evidence)
{
    /// <summary>No harm found.</summary>
    public static HarmAssessment None { get; } = new(HarmScores.None, []);
}

/// <summary>
/// Scores every post zero. Used only where no trained classifier is configured, so that the engine's other stages
/// can run on their own (entity-only scanning, benchmarks of recognition).
/// </summary>
public sealed class NoHarmClassifier : IHarmClassifier
{
    /// <inheritdoc />
    public HarmAssessment Assess(AnalysisContext context, IReadOnlyList<Entity> entities) => HarmAssessment.None;
}
