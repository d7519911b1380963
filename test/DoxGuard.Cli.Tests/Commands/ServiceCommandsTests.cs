using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Cli.Tests.Commands;

public sealed class ServiceCommandsTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CliRunner.Run(string.Empty, args);

    private static string NewDataDir() => Path.Combine(Path.GetTempPath(), "doxguard-cli-tests", Guid.NewGuid().ToString("N"));

    private static void Sql(string dataDir, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "doxguard.db")};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(string dataDir, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDir, "doxguard.db")};Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    [Fact]
    public void KeysCreate_PrintsTheKeyLastAndStoresOnlyItsHash()
    {
        string dir = NewDataDir();

        (int code, string stdout, string stderr) = Run("keys", "create", "--role", "reviewer", "--data-dir", dir);

        Assert.Equal(0, code);
        string key = stdout.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("dg_", key, StringComparison.Ordinal);
        Assert.Contains("role reviewer", stderr, StringComparison.Ordinal);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), Scalar(dir, "SELECT key_hash FROM api_keys"));
        Assert.Equal("0", Scalar(dir, $"SELECT COUNT(*) FROM api_keys WHERE key_hash = '{key}' OR id = '{key}'"));
    }

    [Theory]
    [InlineData("keys", "create", "--role", "root")]
    [InlineData("keys", "create")]
    [InlineData("keys", "list", "--role", "admin")]
    [InlineData("audit", "check")]
    public void ServiceCommands_BadUsage_ExitTwo(params string[] args)
    {
        (int code, _, string stderr) = Run([.. args, "--data-dir", NewDataDir()]);

        Assert.Equal(2, code);
        Assert.Contains("usage", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_IntactThenEdited_ExitsZeroThenOne()
    {
        string dir = NewDataDir();
        Run("keys", "create", "--role", "admin", "--data-dir", dir);
        Run("keys", "create", "--role", "ingest", "--data-dir", dir);

        (int intactCode, string intact, _) = Run("audit", "verify", "--data-dir", dir);
        Sql(dir, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET details = 'role=reviewer' WHERE seq = 2;");
        (int tamperedCode, string tampered, _) = Run("audit", "verify", "--data-dir", dir);

        Assert.Equal(0, intactCode);
        Assert.Contains("intact: 2 entries", intact, StringComparison.Ordinal);
        Assert.Equal(1, tamperedCode);
        Assert.Contains("TAMPERED", tampered, StringComparison.Ordinal);
        Assert.Contains("entry 2", tampered, StringComparison.Ordinal);
    }

    [Fact]
    public void AuditVerify_DeletedEntry_ExitsOne()
    {
        string dir = NewDataDir();
        for (int i = 0; i < 3; i++)
        {
            Run("keys", "create", "--role", "ingest", "--data-dir", dir);
        }

        Sql(dir, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq = 2;");
        (int code, string stdout, _) = Run("audit", "verify", "--data-dir", dir);

        Assert.Equal(1, code);
        Assert.Contains("entry 2 is missing", stdout, StringComparison.Ordinal);
    }
}
