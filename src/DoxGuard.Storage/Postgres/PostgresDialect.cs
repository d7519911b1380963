using System.Data.Common;
using Npgsql;

namespace DoxGuard.Storage.Postgres;

/// <summary>PostgreSQL: pooled connections; the audit chain is serialized by a transaction-scoped advisory lock.</summary>
internal sealed class PostgresDialect(string connectionString) : SqlDialect
{
    // Any constant; it only has to be the same for every writer of the chain.
    private const long AuditLockKey = 0x446F78_4775617264;

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Name => "postgres";

    public override IReadOnlyList<string> Schema { get; } =
    [
        .. CommonSchema,
        """
        CREATE OR REPLACE FUNCTION doxguard_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only';
        END $$
        """,
        "DROP TRIGGER IF EXISTS audit_log_append_only ON audit_log",
        "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION doxguard_audit_append_only()",
    ];

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    public override async Task LockAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        using DbCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({AuditLockKey})";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
