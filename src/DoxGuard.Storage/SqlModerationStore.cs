using System.Data.Common;
using System.Globalization;
using DoxGuard.Storage.Audit;

namespace DoxGuard.Storage;

/// <summary>The store over ADO.NET, shared by SQLite and PostgreSQL; parameters are always bound, never spliced.</summary>
internal sealed class SqlModerationStore(SqlDialect dialect) : IModerationStore
{
    private const string CaseColumns = "id, post_id, author, thread, text, action, severity, severity_rank, labels, result_json, state, created_at, updated_at";
    private const string AppealColumns = "id, case_id, decision_id, author, statement, outcome, outcome_reason, created_at, resolved_at";

    public string Backend => dialect.Name;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        foreach (string statement in dialect.Schema)
        {
            await ExecuteAsync(connection, null, statement, cancellationToken);
        }
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT 1");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) == 1;
    }

    public Task<ApiKeyRecord> CreateApiKeyAsync(string role, string keyHash, string actor, CancellationToken cancellationToken = default)
    {
        if (!Roles.IsValid(role))
        {
            throw new ArgumentException($"unknown role '{role}'", nameof(role));
        }

        return WriteAsync(async (connection, tx, now) =>
        {
            var key = new ApiKeyRecord(NewId("key"), role, now, null);
            await ExecuteAsync(connection, tx, "INSERT INTO api_keys (id, key_hash, role, created_at) VALUES (@id, @hash, @role, @at)", cancellationToken,
                ("id", key.Id), ("hash", keyHash), ("role", role), ("at", AuditChain.FormatTime(now)));
            await AppendAsync(connection, tx, now, actor, "key.created", key.Id, $"role={role}", cancellationToken);
            return key;
        }, cancellationToken);
    }

    public async Task<ApiKeyRecord?> FindApiKeyAsync(string keyHash, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT id, role, created_at, revoked_at FROM api_keys WHERE key_hash = @hash AND revoked_at IS NULL", ("hash", keyHash));
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadKey(reader) : null;
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListApiKeysAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT id, role, created_at, revoked_at FROM api_keys ORDER BY created_at DESC, id");
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(ReadKey(reader));
        }

        return keys;
    }

    public Task RevokeApiKeyAsync(string keyId, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, tx, now) =>
        {
            int changed = await ExecuteAsync(connection, tx, "UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL", cancellationToken,
                ("at", AuditChain.FormatTime(now)), ("id", keyId));
            if (changed == 0)
            {
                throw new StoreNotFoundException($"no valid key with id '{keyId}'");
            }

            await AppendAsync(connection, tx, now, actor, "key.revoked", keyId, string.Empty, cancellationToken);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<CaseRecord>> CreateCasesAsync(IReadOnlyList<NewCase> cases, string actor, CancellationToken cancellationToken = default)
    {
        if (cases.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<CaseRecord>>([]);
        }

        return WriteAsync<IReadOnlyList<CaseRecord>>(async (connection, tx, now) =>
        {
            var created = new List<CaseRecord>(cases.Count);
            string at = AuditChain.FormatTime(now);
            foreach (NewCase c in cases)
            {
                var record = new CaseRecord
                {
                    Id = NewId("case"),
                    PostId = c.PostId,
                    Author = c.Author,
                    Thread = c.Thread,
                    Text = c.Text,
                    Action = c.Action,
                    Severity = c.Severity,
                    SeverityRank = c.SeverityRank,
                    Labels = c.Labels,
                    ResultJson = c.ResultJson,
                    State = CaseStates.Open,
                    CreatedAt = now,
                    UpdatedAt = now,
                };
                await ExecuteAsync(connection, tx, $"INSERT INTO cases ({CaseColumns}) VALUES (@id, @post, @author, @thread, @text, @action, @severity, @rank, @labels, @result, @state, @at, @at)", cancellationToken,
                    ("id", record.Id), ("post", c.PostId), ("author", c.Author), ("thread", c.Thread), ("text", c.Text), ("action", c.Action),
                    ("severity", c.Severity), ("rank", c.SeverityRank), ("labels", JoinLabels(c.Labels)), ("result", c.ResultJson),
                    ("state", CaseStates.Open), ("at", at));
                // The automatic decision is audited too; its details name the verdict, never the post's words.
                await AppendAsync(connection, tx, now, actor, "case.opened", record.Id,
                    $"post={c.PostId} action={c.Action} severity={c.Severity} labels={string.Join('+', c.Labels)}", cancellationToken);
                created.Add(record);
            }

            return created;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<CaseRecord>> ListCasesAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Label is not null)
        {
            where.Add("labels LIKE @label");
            parameters.Add(("label", $"%,{query.Label},%"));
        }

        if (query.Severity is not null)
        {
            where.Add("severity = @severity");
            parameters.Add(("severity", query.Severity));
        }

        if (query.State is not null)
        {
            where.Add("state = @state");
            parameters.Add(("state", query.State));
        }

        parameters.Add(("limit", Math.Clamp(query.Limit, 1, 1000)));
        string sql = $"SELECT {CaseColumns} FROM cases {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty)} ORDER BY severity_rank DESC, created_at, id LIMIT @limit";
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, sql, [.. parameters]);
        return await ReadAllAsync(command, ReadCase, cancellationToken);
    }

    public async Task<CaseRecord?> GetCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        return await GetCaseAsync(connection, null, caseId, cancellationToken);
    }

    public Task<DecisionRecord> DecideAsync(string caseId, string outcome, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (!DecisionOutcomes.IsValid(outcome))
        {
            throw new ArgumentException($"unknown outcome '{outcome}'", nameof(outcome));
        }

        return WriteAsync(async (connection, tx, now) =>
        {
            CaseRecord c = await GetCaseAsync(connection, tx, caseId, cancellationToken) ?? throw new StoreNotFoundException($"no case '{caseId}'");
            if (c.State is not (CaseStates.Open or CaseStates.Escalated))
            {
                throw new StoreConflictException($"case '{caseId}' is {c.State}; only open or escalated cases can be decided");
            }

            var decision = new DecisionRecord(NewId("dec"), caseId, outcome, reason, actor, now);
            await ExecuteAsync(connection, tx, "INSERT INTO decisions (id, case_id, outcome, reason, reviewer_key_id, created_at) VALUES (@id, @case, @outcome, @reason, @actor, @at)", cancellationToken,
                ("id", decision.Id), ("case", caseId), ("outcome", outcome), ("reason", reason), ("actor", actor), ("at", AuditChain.FormatTime(now)));
            await SetCaseStateAsync(connection, tx, caseId, DecisionOutcomes.ToState(outcome), now, cancellationToken);
            await AppendAsync(connection, tx, now, actor, "decision." + outcome, decision.Id, $"case={caseId} from={c.State} reason={reason}", cancellationToken);
            return decision;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<DecisionRecord>> ListDecisionsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT id, case_id, outcome, reason, reviewer_key_id, created_at FROM decisions WHERE case_id = @case ORDER BY created_at, id", ("case", caseId));
        return await ReadAllAsync(command, ReadDecision, cancellationToken);
    }

    public async Task<DecisionRecord?> GetDecisionAsync(string decisionId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT id, case_id, outcome, reason, reviewer_key_id, created_at FROM decisions WHERE id = @id", ("id", decisionId));
        IReadOnlyList<DecisionRecord> found = await ReadAllAsync(command, ReadDecision, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public Task<AppealRecord> FileAppealAsync(string caseId, string author, string statement, string actor, CancellationToken cancellationToken = default) =>
        WriteAsync(async (connection, tx, now) =>
        {
            CaseRecord c = await GetCaseAsync(connection, tx, caseId, cancellationToken) ?? throw new StoreNotFoundException($"no case '{caseId}'");
            if (c.Author is null || !string.Equals(c.Author, author, StringComparison.Ordinal))
            {
                throw new StoreConflictException("only the post's author can appeal: 'author' does not match the case");
            }

            if (c.State is not (CaseStates.Confirmed or CaseStates.Escalated))
            {
                throw new StoreConflictException($"case '{caseId}' is {c.State}; only a confirmed or escalated decision can be appealed");
            }

            using DbCommand last = Command(connection, tx, "SELECT id FROM decisions WHERE case_id = @case ORDER BY created_at DESC, id DESC LIMIT 1", ("case", caseId));
            string decisionId = (string)(await last.ExecuteScalarAsync(cancellationToken) ?? throw new StoreConflictException($"case '{caseId}' has no decision to appeal"));
            using DbCommand pending = Command(connection, tx, "SELECT COUNT(*) FROM appeals WHERE decision_id = @dec", ("dec", decisionId));
            if (Convert.ToInt64(await pending.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0)
            {
                throw new StoreConflictException($"decision '{decisionId}' was already appealed");
            }

            var appeal = new AppealRecord(NewId("apl"), caseId, decisionId, author, statement, AppealOutcomes.Pending, null, now, null);
            await ExecuteAsync(connection, tx, $"INSERT INTO appeals ({AppealColumns}) VALUES (@id, @case, @dec, @author, @statement, @outcome, NULL, @at, NULL)", cancellationToken,
                ("id", appeal.Id), ("case", caseId), ("dec", decisionId), ("author", author), ("statement", statement), ("outcome", AppealOutcomes.Pending), ("at", AuditChain.FormatTime(now)));
            await SetCaseStateAsync(connection, tx, caseId, CaseStates.Appealed, now, cancellationToken);
            await AppendAsync(connection, tx, now, actor, "appeal.filed", appeal.Id, $"case={caseId} decision={decisionId}", cancellationToken);
            return appeal;
        }, cancellationToken);

    public Task<AppealRecord> ResolveAppealAsync(string appealId, string outcome, string reason, string actor, CancellationToken cancellationToken = default)
    {
        if (!AppealOutcomes.IsFinal(outcome))
        {
            throw new ArgumentException($"unknown appeal outcome '{outcome}'", nameof(outcome));
        }

        return WriteAsync(async (connection, tx, now) =>
        {
            using DbCommand find = Command(connection, tx, $"SELECT {AppealColumns} FROM appeals WHERE id = @id", ("id", appealId));
            IReadOnlyList<AppealRecord> found = await ReadAllAsync(find, ReadAppeal, cancellationToken);
            AppealRecord appeal = found.Count > 0 ? found[0] : throw new StoreNotFoundException($"no appeal '{appealId}'");
            if (appeal.Outcome != AppealOutcomes.Pending)
            {
                throw new StoreConflictException($"appeal '{appealId}' was already {appeal.Outcome}");
            }

            using DbCommand decision = Command(connection, tx, "SELECT outcome FROM decisions WHERE id = @id", ("id", appeal.DecisionId));
            string decided = (string)(await decision.ExecuteScalarAsync(cancellationToken))!;
            string state = outcome == AppealOutcomes.Reversed ? CaseStates.Overturned : DecisionOutcomes.ToState(decided);
            string at = AuditChain.FormatTime(now);
            await ExecuteAsync(connection, tx, "UPDATE appeals SET outcome = @outcome, outcome_reason = @reason, resolved_at = @at WHERE id = @id", cancellationToken,
                ("outcome", outcome), ("reason", reason), ("at", at), ("id", appealId));
            await SetCaseStateAsync(connection, tx, appeal.CaseId, state, now, cancellationToken);
            await AppendAsync(connection, tx, now, actor, "appeal." + outcome, appealId, $"case={appeal.CaseId} reason={reason}", cancellationToken);
            return appeal with { Outcome = outcome, OutcomeReason = reason, ResolvedAt = now };
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<AppealRecord>> ListAppealsAsync(string? outcome, string? caseId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null,
            $"SELECT {AppealColumns} FROM appeals WHERE (@outcome IS NULL OR outcome = @outcome) AND (@case IS NULL OR case_id = @case) ORDER BY created_at, id LIMIT 1000",
            ("outcome", outcome), ("case", caseId));
        return await ReadAllAsync(command, ReadAppeal, cancellationToken);
    }

    public Task<AuditEntry> AppendAuditAsync(string actor, string action, string subject, string details, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx, now) => AppendAsync(connection, tx, now, actor, action, subject, details, cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<AuditEntry>> ReadAuditAsync(long afterSeq, int limit, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE seq > @after ORDER BY seq LIMIT @limit",
            ("after", afterSeq), ("limit", Math.Clamp(limit, 1, 10_000)));
        return await ReadAllAsync(command, ReadAudit, cancellationToken);
    }

    public async Task<AuditVerification> VerifyAuditAsync(CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        using DbCommand command = Command(connection, null, "SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq");
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        return AuditChain.Verify(Stream(reader));

        static IEnumerable<AuditEntry> Stream(DbDataReader reader)
        {
            while (reader.Read())
            {
                yield return ReadAudit(reader);
            }
        }
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, DateTimeOffset, Task<T>> work, CancellationToken cancellationToken)
    {
        using IDisposable? writer = await dialect.EnterWriterAsync(cancellationToken);
        await using DbConnection connection = await dialect.OpenAsync(cancellationToken);
        await using DbTransaction tx = await connection.BeginTransactionAsync(cancellationToken);
        await dialect.LockAuditAsync(connection, tx, cancellationToken);
        DateTimeOffset now = DateTimeOffset.UtcNow;
        T result = await work(connection, tx, now);
        // Nothing is committed unless every statement of the request succeeded.
        await tx.CommitAsync(cancellationToken);
        return result;
    }

    private static async Task<AuditEntry> AppendAsync(DbConnection connection, DbTransaction tx, DateTimeOffset now, string actor, string action, string subject, string details, CancellationToken cancellationToken)
    {
        using DbCommand head = Command(connection, tx, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        long seq = 1;
        string prev = AuditChain.Genesis;
        await using (DbDataReader reader = await head.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                seq = reader.GetInt64(0) + 1;
                prev = reader.GetString(1);
            }
        }

        string hash = AuditChain.ComputeHash(seq, now, actor, action, subject, details, prev);
        await ExecuteAsync(connection, tx, "INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash) VALUES (@seq, @at, @actor, @action, @subject, @details, @prev, @hash)", cancellationToken,
            ("seq", seq), ("at", AuditChain.FormatTime(now)), ("actor", actor), ("action", action), ("subject", subject), ("details", details), ("prev", prev), ("hash", hash));
        return new AuditEntry(seq, ParseTime(AuditChain.FormatTime(now)), actor, action, subject, details, prev, hash);
    }

    private static async Task<CaseRecord?> GetCaseAsync(DbConnection connection, DbTransaction? tx, string caseId, CancellationToken cancellationToken)
    {
        using DbCommand command = Command(connection, tx, $"SELECT {CaseColumns} FROM cases WHERE id = @id", ("id", caseId));
        IReadOnlyList<CaseRecord> found = await ReadAllAsync(command, ReadCase, cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    private static Task<int> SetCaseStateAsync(DbConnection connection, DbTransaction tx, string caseId, string state, DateTimeOffset now, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, tx, "UPDATE cases SET state = @state, updated_at = @at WHERE id = @id", cancellationToken,
            ("state", state), ("at", AuditChain.FormatTime(now)), ("id", caseId));

    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using DbCommand command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        DbCommand command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach ((string name, object? value) in parameters)
        {
            DbParameter p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            if (value is null)
            {
                // Untyped NULLs trip PostgreSQL's type inference in "@x IS NULL".
                p.DbType = System.Data.DbType.String;
            }

            command.Parameters.Add(p);
        }

        return command;
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using DbDataReader reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(read(reader));
        }

        return list;
    }

    private static ApiKeyRecord ReadKey(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), ParseTime(r.GetString(2)), r.IsDBNull(3) ? null : ParseTime(r.GetString(3)));

    private static CaseRecord ReadCase(DbDataReader r) => new()
    {
        Id = r.GetString(0),
        PostId = r.GetString(1),
        Author = r.IsDBNull(2) ? null : r.GetString(2),
        Thread = r.IsDBNull(3) ? null : r.GetString(3),
        Text = r.GetString(4),
        Action = r.GetString(5),
        Severity = r.GetString(6),
        SeverityRank = Convert.ToInt32(r.GetValue(7), CultureInfo.InvariantCulture),
        Labels = r.GetString(8).Split(',', StringSplitOptions.RemoveEmptyEntries),
        ResultJson = r.GetString(9),
        State = r.GetString(10),
        CreatedAt = ParseTime(r.GetString(11)),
        UpdatedAt = ParseTime(r.GetString(12)),
    };

    private static DecisionRecord ReadDecision(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), ParseTime(r.GetString(5)));

    private static AppealRecord ReadAppeal(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5),
            r.IsDBNull(6) ? null : r.GetString(6), ParseTime(r.GetString(7)), r.IsDBNull(8) ? null : ParseTime(r.GetString(8)));

    private static AuditEntry ReadAudit(DbDataReader r) =>
        new(Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture), ParseTime(r.GetString(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7));

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    // Commas around every label make "labels LIKE '%,dox,%'" exact.
    private static string JoinLabels(IReadOnlyList<string> labels) => labels.Count == 0 ? "," : "," + string.Join(',', labels) + ",";

    private static string NewId(string prefix) => prefix + "_" + Guid.CreateVersion7().ToString("N");
}
