using DoxGuard.Storage.Postgres;
using DoxGuard.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Storage;

/// <summary>Opens the moderation store on one of its backends.</summary>
public static class ModerationStoreFactory
{
    /// <summary>The SQLite file's name inside the data directory.</summary>
    public const string SqliteFileName = "doxguard.db";

    /// <summary>Opens (creating when needed) the embedded SQLite store in <paramref name="dataDirectory"/>.</summary>
    public static IModerationStore OpenSqlite(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), SqliteFileName),
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        };
        return new SqlModerationStore(new SqliteDialect(builder.ToString()));
    }

    /// <summary>Opens the store on PostgreSQL.</summary>
    public static IModerationStore OpenPostgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new SqlModerationStore(new PostgresDialect(connectionString));
    }

    /// <summary>PostgreSQL when a connection string is given, else SQLite in the data directory.</summary>
    public static IModerationStore Open(string dataDirectory, string? postgresConnectionString) =>
        string.IsNullOrWhiteSpace(postgresConnectionString) ? OpenSqlite(dataDirectory) : OpenPostgres(postgresConnectionString);
}
