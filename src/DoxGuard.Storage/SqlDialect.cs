using System.Data.Common;

namespace DoxGuard.Storage;

/// <summary>What differs between the SQL backends; everything else is shared by <see cref="SqlModerationStore"/>.</summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>Statements that create the schema, idempotently.</summary>
    public abstract IReadOnlyList<string> Schema { get; }

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Makes the transaction the only writer of the audit chain until it ends.</summary>
    public abstract Task LockAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    /// <summary>Serializes writers inside this process where the database cannot (SQLite); a no-op elsewhere.</summary>
    public virtual ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable?>(null);

    public abstract ValueTask DisposeAsync();

    /// <summary>Tables shared by both backends, in portable SQL.</summary>
    protected static readonly string[] CommonSchema =
    [
        """
        CREATE TABLE IF NOT EXISTS api_keys (
            id TEXT PRIMARY KEY,
            key_hash TEXT NOT NULL UNIQUE,
            role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            revoked_at TEXT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS cases (
            id TEXT PRIMARY KEY,
            post_id TEXT NOT NULL,
            author TEXT NULL,
            thread TEXT NULL,
            text TEXT NOT NULL,
            action TEXT NOT NULL,
            severity TEXT NOT NULL,
            severity_rank INTEGER NOT NULL,
            labels TEXT NOT NULL,
            result_json TEXT NOT NULL,
            state TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_cases_queue ON cases (state, severity_rank DESC, created_at)",
        """
        CREATE TABLE IF NOT EXISTS decisions (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            outcome TEXT NOT NULL,
            reason TEXT NOT NULL,
            reviewer_key_id TEXT NOT NULL,
            created_at TEXT NOT NULL)
        """,
        "CREATE INDEX IF NOT EXISTS ix_decisions_case ON decisions (case_id, created_at)",
        """
        CREATE TABLE IF NOT EXISTS appeals (
            id TEXT PRIMARY KEY,
            case_id TEXT NOT NULL REFERENCES cases(id),
            decision_id TEXT NOT NULL REFERENCES decisions(id),
            author TEXT NOT NULL,
            statement TEXT NOT NULL,
            outcome TEXT NOT NULL,
            outcome_reason TEXT NULL,
            created_at TEXT NOT NULL,
            resolved_at TEXT NULL)
        """,
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            seq BIGINT PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL)
        """,
    ];
}
