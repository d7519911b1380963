namespace DoxGuard.Storage;

/// <summary>The roles an API key can hold.</summary>
public static class Roles
{
    /// <summary>May scan posts (the platform's ingestion path) and file appeals on behalf of authors.</summary>
    public const string Ingest = "ingest";

    /// <summary>May work cases and appeals and read the audit log.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>May manage keys and the protected-person registry, and read the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>All roles.</summary>
    public static IReadOnlyList<string> All { get; } = [Ingest, Reviewer, Admin];

    /// <summary>True when <paramref name="role"/> is one of <see cref="All"/>.</summary>
    public static bool IsValid(string? role) => role is Ingest or Reviewer or Admin;
}

/// <summary>An API key as stored: only the SHA-256 of the key is kept, never the key itself.</summary>
/// <param name="Id">Public id of the key (safe to show and log).</param>
/// <param name="Role">The key's role.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="RevokedAt">When it was revoked, or null while it is valid.</param>
public sealed record ApiKeyRecord(string Id, string Role, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>States a case goes through.</summary>
public static class CaseStates
{
    /// <summary>Waiting for a reviewer.</summary>
    public const string Open = "open";

    /// <summary>A reviewer confirmed the automatic action.</summary>
    public const string Confirmed = "confirmed";

    /// <summary>A reviewer overturned the automatic action: the post stays up.</summary>
    public const string Overturned = "overturned";

    /// <summary>A reviewer referred the case onwards (credible danger); it stays in the queue for a senior reviewer.</summary>
    public const string Escalated = "escalated";

    /// <summary>The author appealed the decision; the appeal is open.</summary>
    public const string Appealed = "appealed";

    /// <summary>All states.</summary>
    public static IReadOnlyList<string> All { get; } = [Open, Confirmed, Overturned, Escalated, Appealed];
}

/// <summary>What a reviewer can decide on a case.</summary>
public static class DecisionOutcomes
{
    /// <summary>The automatic action stands.</summary>
    public const string Confirm = "confirm";

    /// <summary>The automatic action was wrong; the post is restored.</summary>
    public const string Overturn = "overturn";

    /// <summary>Refer the case onwards (threat to life, bounty).</summary>
    public const string Escalate = "escalate";

    /// <summary>True when <paramref name="outcome"/> is a known outcome.</summary>
    public static bool IsValid(string? outcome) => outcome is Confirm or Overturn or Escalate;

    /// <summary>The case state an outcome leads to.</summary>
    public static string ToState(string outcome) => outcome switch
    {
        Confirm => CaseStates.Confirmed,
        Overturn => CaseStates.Overturned,
        Escalate => CaseStates.Escalated,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };
}

/// <summary>Outcomes of an appeal.</summary>
public static class AppealOutcomes
{
    /// <summary>The appeal is waiting for a reviewer.</summary>
    public const string Pending = "pending";

    /// <summary>The decision stands.</summary>
    public const string Upheld = "upheld";

    /// <summary>The decision is reversed: the post is restored.</summary>
    public const string Reversed = "reversed";

    /// <summary>True when <paramref name="outcome"/> is a final outcome.</summary>
    public static bool IsFinal(string? outcome) => outcome is Upheld or Reversed;
}

/// <summary>A post the engine judged at <c>review</c> or worse, to be worked by a reviewer.</summary>
public sealed record CaseRecord
{
    /// <summary>Case id.</summary>
    public required string Id { get; init; }

    /// <summary>The platform's id of the post.</summary>
    public required string PostId { get; init; }

    /// <summary>Opaque author id, when the platform gave one.</summary>
    public string? Author { get; init; }

    /// <summary>Opaque thread id.</summary>
    public string? Thread { get; init; }

    /// <summary>The post's text (shown to reviewers only, never logged).</summary>
    public required string Text { get; init; }

    /// <summary>The automatic action (contract wire name).</summary>
    public required string Action { get; init; }

    /// <summary>The automatic severity (contract wire name).</summary>
    public required string Severity { get; init; }

    /// <summary>Severity as a number, for sorting: 0 none .. 4 critical.</summary>
    public required int SeverityRank { get; init; }

    /// <summary>Harm labels (contract wire names).</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The full contract output object of the scan, as JSON.</summary>
    public required string ResultJson { get; init; }

    /// <summary>Current state, one of <see cref="CaseStates"/>.</summary>
    public required string State { get; init; }

    /// <summary>When the post was scanned.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the case last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A reviewer's decision on a case.</summary>
/// <param name="Id">Decision id.</param>
/// <param name="CaseId">The case decided.</param>
/// <param name="Outcome">One of <see cref="DecisionOutcomes"/>.</param>
/// <param name="Reason">The reviewer's reason.</param>
/// <param name="ReviewerKeyId">Public id of the key that decided.</param>
/// <param name="CreatedAt">When.</param>
public sealed record DecisionRecord(string Id, string CaseId, string Outcome, string Reason, string ReviewerKeyId, DateTimeOffset CreatedAt);

/// <summary>An author's appeal against a decision, and its outcome.</summary>
/// <param name="Id">Appeal id.</param>
/// <param name="CaseId">The case appealed.</param>
/// <param name="DecisionId">The decision appealed.</param>
/// <param name="Author">The author who appealed.</param>
/// <param name="Statement">What the author says.</param>
/// <param name="Outcome">One of <see cref="AppealOutcomes"/>.</param>
/// <param name="OutcomeReason">The reviewer's reason for the outcome, once resolved.</param>
/// <param name="CreatedAt">When it was filed.</param>
/// <param name="ResolvedAt">When it was resolved.</param>
public sealed record AppealRecord(
    string Id,
    string CaseId,
    string DecisionId,
    string Author,
    string Statement,
    string Outcome,
    string? OutcomeReason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ResolvedAt);

/// <summary>A new case to open from a scan result.</summary>
public sealed record NewCase
{
    /// <summary>The platform's id of the post.</summary>
    public required string PostId { get; init; }

    /// <summary>Opaque author id.</summary>
    public string? Author { get; init; }

    /// <summary>Opaque thread id.</summary>
    public string? Thread { get; init; }

    /// <summary>The post's text.</summary>
    public required string Text { get; init; }

    /// <summary>Automatic action (wire name).</summary>
    public required string Action { get; init; }

    /// <summary>Automatic severity (wire name).</summary>
    public required string Severity { get; init; }

    /// <summary>Severity as a number, 0..4.</summary>
    public required int SeverityRank { get; init; }

    /// <summary>Harm labels (wire names).</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>The contract output object, as JSON.</summary>
    public required string ResultJson { get; init; }
}

/// <summary>Filters for listing cases; null means any.</summary>
public sealed record CaseQuery
{
    /// <summary>Only cases carrying this label.</summary>
    public string? Label { get; init; }

    /// <summary>Only cases of this severity.</summary>
    public string? Severity { get; init; }

    /// <summary>Only cases in this state.</summary>
    public string? State { get; init; }

    /// <summary>At most this many.</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>One entry of the append-only, hash-chained audit log.</summary>
/// <param name="Seq">Position in the log, from 1, without gaps.</param>
/// <param name="At">When.</param>
/// <param name="Actor">Who: a key id, or <c>cli</c> / <c>engine</c>.</param>
/// <param name="Action">What happened, e.g. <c>decision.created</c>.</param>
/// <param name="Subject">The id of what it happened to.</param>
/// <param name="Details">Short details; never post text or personal details.</param>
/// <param name="PrevHash">Hash of the previous entry (64 zeros for the first).</param>
/// <param name="Hash">SHA-256 over this entry's fields and <paramref name="PrevHash"/>.</param>
public sealed record AuditEntry(long Seq, DateTimeOffset At, string Actor, string Action, string Subject, string Details, string PrevHash, string Hash);

/// <summary>The result of checking the audit chain.</summary>
/// <param name="Entries">How many entries were checked.</param>
/// <param name="FirstBadSeq">The first entry that does not chain, or null when the log is intact.</param>
/// <param name="Problem">What is wrong with it.</param>
/// <param name="HeadHash">Hash of the last entry (publish it elsewhere to detect truncation).</param>
public sealed record AuditVerification(long Entries, long? FirstBadSeq, string? Problem, string HeadHash)
{
    /// <summary>True when every entry chains to the one before.</summary>
    public bool IsIntact => FirstBadSeq is null;
}

/// <summary>A store operation refused because of the state of what it touches.</summary>
public sealed class StoreConflictException(string message) : Exception(message);

/// <summary>A store operation on something that does not exist.</summary>
public sealed class StoreNotFoundException(string message) : Exception(message);
