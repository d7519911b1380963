using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Storage.Sqlite;

/// <summary>Embedded SQLite: one file, WAL journal, one writer at a time inside the process.</summary>
internal sealed class SqliteDialect(string connectionString) : SqlDialect
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public override string Name => "sqlite";

    public override IReadOnlyList<string> Schema { get; } =
    [
        "PRAGMA journal_mode=WAL",
        .. CommonSchema,
        // The database refuses to change history; the hash chain detects whoever goes around it.
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
        "CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END",
    ];

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        using DbCommand pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    // SQLite's write lock is taken by BEGIN IMMEDIATE (the default of SqliteConnection.BeginTransaction).
    public override Task LockAuditAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) => Task.CompletedTask;

    public override async ValueTask<IDisposable?> EnterWriterAsync(CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        return new Releaser(_writer);
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _writer.Dispose();
        return ValueTask.CompletedTask;
    }

    private sealed class Releaser(SemaphoreSlim semaphore) : IDisposable
    {
        public void Dispose() => semaphore.Release();
    }
}
