using DoxGuard.Storage;
using Npgsql;

namespace DoxGuard.Tests.Support;

/// <summary>
/// The two real backends. PostgreSQL comes from scripts/services.sh (connection string in
/// /tmp/doxguard-test-pg.conn) or DOXGUARD_TEST_POSTGRES; when it cannot be reached the tests FAIL, never skip.
/// Each test gets its own PostgreSQL schema or SQLite directory, so tests run in parallel without sharing rows.
/// </summary>
internal static class Backends
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new() { Sqlite, Postgres };

    public static string PostgresConnectionString()
    {
        string? fromEnv = Environment.GetEnvironmentVariable("DOXGUARD_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(fromEnv))
        {
            return fromEnv.Trim();
        }

        string file = Environment.GetEnvironmentVariable("DOXGUARD_PG_CONN_FILE") ?? "/tmp/doxguard-test-pg.conn";
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"PostgreSQL for the tests is not configured: run scripts/services.sh (it writes {file}) or set DOXGUARD_TEST_POSTGRES");
        }

        return File.ReadAllText(file).Trim();
    }

    /// <summary>A fresh, empty place for one test's data on <paramref name="backend"/>.</summary>
    public static TestDatabase Create(string backend)
    {
        if (backend == Sqlite)
        {
            string dir = Path.Combine(Path.GetTempPath(), "doxguard-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return new TestDatabase(backend, dir, null);
        }

        string baseConnection = PostgresConnectionString();
        string schema = "t_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(baseConnection))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(baseConnection) { SearchPath = schema };
        return new TestDatabase(backend, Path.Combine(Path.GetTempPath(), "doxguard-tests", schema), builder.ConnectionString);
    }
}

/// <summary>Where one test's data lives.</summary>
internal sealed record TestDatabase(string Backend, string DataDirectory, string? Postgres)
{
    public IModerationStore OpenStore() => ModerationStoreFactory.Open(DataDirectory, Postgres);

    public Dictionary<string, string?> Settings()
    {
        // Each test's registry has its own key, given by file so that no test touches the process environment.
        Directory.CreateDirectory(DataDirectory);
        string keyFile = Path.Combine(DataDirectory, "registry.key");
        if (!File.Exists(keyFile))
        {
            File.WriteAllText(keyFile, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        return new(StringComparer.Ordinal)
        {
            ["Service:DataDirectory"] = DataDirectory,
            ["Service:Postgres"] = Postgres,
            ["Service:RegistryKeyFile"] = keyFile,
        };
    }

    /// <summary>Runs raw SQL against the store, bypassing it (to tamper with the audit log as an attacker would).</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        if (Postgres is not null)
        {
            await using var connection = new NpgsqlConnection(Postgres);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(DataDirectory, ModerationStoreFactory.SqliteFileName)};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
    }
}
