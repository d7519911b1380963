using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Contract;

/// <summary>The verdict on one post (contract.md, "Output").</summary>
public sealed record ScanResult
{
    /// <summary>The post's id.</summary>
    public required string Id { get; init; }

    /// <summary>What to do with the post.</summary>
    public required ModerationAction Action { get; init; }

    /// <summary>How serious it is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>Harms found.</summary>
    public required IReadOnlyList<HarmLabel> Labels { get; init; }

    /// <summary>Per-label scores.</summary>
    public required HarmScores Scores { get; init; }

    /// <summary>Personal information found, in original-text offsets, sorted by start.</summary>
    public required IReadOnlyList<Entity> Entities { get; init; }

    /// <summary>Human-readable evidence for the action.</summary>
    public required IReadOnlyList<string> Reasons { get; init; }

    /// <summary>The language the post was judged in.</summary>
    public required string Language { get; init; }

    /// <summary>The text with each entity replaced by <c>[TYPE]</c>, when redaction was asked for.</summary>
    public string? Redacted { get; init; }

    /// <summary>What the policy would have done, when it runs in shadow mode.</summary>
    public ModerationDecision? Shadow { get; init; }

    /// <summary>Stages that failed on this post (a recognizer that threw), so the engine never fails open silently.</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];
}
