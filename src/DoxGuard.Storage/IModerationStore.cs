namespace DoxGuard.Storage;

/// <summary>
/// Cases, decisions, appeals, API keys and the audit log. Every change that must be audited is written in the same
/// transaction as its audit entry, so a failed request leaves nothing half-written.
/// </summary>
public interface IModerationStore : IAsyncDisposable
{
    /// <summary>Which backend this is: <c>sqlite</c> or <c>postgres</c>.</summary>
    string Backend { get; }

    /// <summary>Creates the schema when it does not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Checks the database answers.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores a new key by the hash of its secret, audited.</summary>
    Task<ApiKeyRecord> CreateApiKeyAsync(string role, string keyHash, string actor, CancellationToken cancellationToken = default);

    /// <summary>The valid (not revoked) key with this hash, if any.</summary>
    Task<ApiKeyRecord?> FindApiKeyAsync(string keyHash, CancellationToken cancellationToken = default);

    /// <summary>All keys, newest first.</summary>
    Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes a key, audited.</summary>
    /// <exception cref="StoreNotFoundException">No such key, or already revoked.</exception>
    Task RevokeApiKeyAsync(string keyId, string actor, CancellationToken cancellationToken = default);

    /// <summary>Opens one case per post, all or none, each audited.</summary>
    Task<IReadOnlyList<CaseRecord>> CreateCasesAsync(IReadOnlyList<NewCase> cases, string actor, CancellationToken cancellationToken = default);

    /// <summary>Cases matching the query, most severe first, then oldest first.</summary>
    Task<IReadOnlyList<CaseRecord>> ListCasesAsync(CaseQuery query, CancellationToken cancellationToken = default);

    /// <summary>One case.</summary>
    Task<CaseRecord?> GetCaseAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>Records a reviewer's decision and moves the case to its new state, audited.</summary>
    /// <exception cref="StoreNotFoundException">No such case.</exception>
    /// <exception cref="StoreConflictException">The case is not open or escalated.</exception>
    Task<DecisionRecord> DecideAsync(string caseId, string outcome, string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>Decisions on a case, oldest first.</summary>
    Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>One decision.</summary>
    Task<DecisionRecord?> GetDecisionAsync(string decisionId, CancellationToken cancellationToken = default);

    /// <summary>Files the author's appeal against the latest decision on a case, audited.</summary>
    /// <exception cref="StoreNotFoundException">No such case.</exception>
    /// <exception cref="StoreConflictException">Not decided yet, already under appeal, or not the author.</exception>
    Task<AppealRecord> FileAppealAsync(string caseId, string author, string statement, string actor, CancellationToken cancellationToken = default);

    /// <summary>Resolves an appeal (upheld or reversed), audited.</summary>
    /// <exception cref="StoreNotFoundException">No such appeal.</exception>
    /// <exception cref="StoreConflictException">Already resolved.</exception>
    Task<AppealRecord> ResolveAppealAsync(string appealId, string outcome, string reason, string actor, CancellationToken cancellationToken = default);

    /// <summary>Appeals, oldest first, optionally only those with this outcome.</summary>
    Task<IReadOnlyList<AppealRecord>> ListAppealsAsync(string? outcome, string? caseId, CancellationToken cancellationToken = default);

    /// <summary>Appends an entry for a change made outside this store (the registry).</summary>
    Task<AuditEntry> AppendAuditAsync(string actor, string action, string subject, string details, CancellationToken cancellationToken = default);

    /// <summary>Audit entries after <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(long afterSeq, int limit, CancellationToken cancellationToken = default);

    /// <summary>Walks the whole chain and reports the first entry that was edited, deleted or inserted.</summary>
    Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken = default);
}
