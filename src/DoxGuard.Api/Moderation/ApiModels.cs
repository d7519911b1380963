using System.Text.Json;
using DoxGuard.Storage;

namespace DoxGuard.Api.Moderation;

/// <summary>One post to scan, as the scan contract defines it (documentation of <c>POST /v1/scan</c>).</summary>
/// <param name="Id">The platform's id for the post (required).</param>
/// <param name="Text">The post's text (required).</param>
/// <param name="Lang">Two-letter language code; detected when absent.</param>
/// <param name="Author">Opaque author id; needed for the author to appeal.</param>
/// <param name="Thread">Opaque thread id.</param>
/// <param name="CreatedAt">When the post was made.</param>
public sealed record ScanInputDocument(string Id, string Text, string? Lang, string? Author, string? Thread, string? CreatedAt);

/// <summary>An entity in a scan result (UTF-16 offsets into the text, end exclusive).</summary>
/// <param name="Type">e.g. PHONE_NUMBER.</param>
/// <param name="Start">First code unit.</param>
/// <param name="End">One past the last code unit.</param>
/// <param name="Score">Confidence, 0..1.</param>
/// <param name="Normalized">Canonical form, when there is one.</param>
/// <param name="Protected">The registry record matched, on scan results only.</param>
public sealed record EntityDocument(string Type, int Start, int End, double Score, string? Normalized, string? Protected);

/// <summary>The verdict on one post, as the scan contract defines it; an invalid post yields <c>{"id", "error"}</c> instead.</summary>
/// <param name="Id">The post's id.</param>
/// <param name="Action">allow, label, review, remove or escalate.</param>
/// <param name="Severity">none, low, medium, high or critical.</param>
/// <param name="Labels">Harms found: dox, threat, bounty, coordination.</param>
/// <param name="Scores">Score per label, 0..1.</param>
/// <param name="Entities">Personal information found.</param>
/// <param name="Reasons">Evidence for the action.</param>
/// <param name="Lang">The language the post was judged in.</param>
/// <param name="Error">Set instead of the rest when the post could not be read.</param>
public sealed record ScanOutputDocument(
    string Id,
    string? Action,
    string? Severity,
    IReadOnlyList<string>? Labels,
    IReadOnlyDictionary<string, double>? Scores,
    IReadOnlyList<EntityDocument>? Entities,
    IReadOnlyList<string>? Reasons,
    string? Lang,
    string? Error);

/// <summary>A case as reviewers see it.</summary>
/// <param name="Id">Case id.</param>
/// <param name="PostId">The platform's id of the post.</param>
/// <param name="Author">Opaque author id.</param>
/// <param name="Thread">Opaque thread id.</param>
/// <param name="Text">The post.</param>
/// <param name="Action">The automatic action.</param>
/// <param name="Severity">The automatic severity.</param>
/// <param name="Labels">Harms found.</param>
/// <param name="State">open, confirmed, overturned, escalated or appealed.</param>
/// <param name="Result">The scan result (contract output) without registry details.</param>
/// <param name="CreatedAt">When the post was scanned.</param>
/// <param name="UpdatedAt">When the case last changed.</param>
public sealed record CaseView(
    string Id,
    string PostId,
    string? Author,
    string? Thread,
    string Text,
    string Action,
    string Severity,
    IReadOnlyList<string> Labels,
    string State,
    JsonElement Result,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    internal static CaseView From(CaseRecord c)
    {
        using var doc = JsonDocument.Parse(c.ResultJson);
        return new(c.Id, c.PostId, c.Author, c.Thread, c.Text, c.Action, c.Severity, c.Labels, c.State, doc.RootElement.Clone(), c.CreatedAt, c.UpdatedAt);
    }
}

/// <summary>A case with its history.</summary>
/// <param name="Case">The case.</param>
/// <param name="Decisions">Decisions on it, oldest first.</param>
/// <param name="Appeals">Appeals on it, oldest first.</param>
public sealed record CaseDetail(CaseView Case, IReadOnlyList<DecisionRecord> Decisions, IReadOnlyList<AppealRecord> Appeals);

/// <summary>A reviewer's decision.</summary>
/// <param name="Outcome">confirm, overturn or escalate.</param>
/// <param name="Reason">Why (required; it goes into the statement of reasons and the audit log).</param>
public sealed record DecisionRequest(string? Outcome, string? Reason);

/// <summary>An author's appeal, relayed by the platform.</summary>
/// <param name="Author">The author's opaque id; must match the post's author.</param>
/// <param name="Statement">What the author says.</param>
public sealed record AppealRequest(string? Author, string? Statement);

/// <summary>The outcome of an appeal.</summary>
/// <param name="Outcome">upheld or reversed.</param>
/// <param name="Reason">Why.</param>
public sealed record AppealOutcomeRequest(string? Outcome, string? Reason);

/// <summary>A request for a new key.</summary>
/// <param name="Role">ingest, reviewer or admin.</param>
public sealed record KeyRequest(string? Role);

/// <summary>A new key: the secret is shown once and never again.</summary>
/// <param name="Id">Public id of the key.</param>
/// <param name="Role">Its role.</param>
/// <param name="Key">The secret to send as <c>Authorization: Bearer</c>.</param>
public sealed record CreatedKey(string Id, string Role, string Key);

/// <summary>Service health.</summary>
/// <param name="Status">ok or degraded.</param>
/// <param name="Store">sqlite or postgres.</param>
/// <param name="Registry">How many protected records are loaded, when a registry is configured.</param>
public sealed record HealthView(string Status, string Store, long? Registry);

/// <summary>The outcome of a registry import: counts and line numbers only, never the records.</summary>
/// <param name="Imported">Records added or replaced.</param>
/// <param name="Errors">Lines skipped and why.</param>
/// <param name="Count">Records now held.</param>
public sealed record RegistryImportView(int Imported, IReadOnlyList<RegistryImportError> Errors, long Count);

/// <summary>A skipped registry line.</summary>
/// <param name="Line">1-based line number.</param>
/// <param name="Message">What was wrong (names the field, never its value).</param>
public sealed record RegistryImportError(int Line, string Message);

/// <summary>The result of checking the audit chain.</summary>
/// <param name="Intact">True when no entry was edited, deleted or inserted.</param>
/// <param name="Entries">Entries checked.</param>
/// <param name="FirstBadSeq">The first entry that breaks the chain.</param>
/// <param name="Problem">What is wrong.</param>
/// <param name="HeadHash">Hash of the last good entry.</param>
public sealed record AuditVerificationView(bool Intact, long Entries, long? FirstBadSeq, string? Problem, string HeadHash);
