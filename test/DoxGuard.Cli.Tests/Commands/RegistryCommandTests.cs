using System.Text;
using System.Text.Json;

namespace DoxGuard.Cli.Tests.Commands;

public sealed class RegistryCommandTests : IDisposable
{
    private const string Record = """{"id":"r1","names":["Daniel Kwiatkowski"],"addresses":["6120 S Kilbourn Ave, Chicago IL 60629"],"phones":["773-555-0143"],"plates":["IL DV43317"]}""";

    private readonly string _directory = Directory.CreateTempSubdirectory("doxguard-cli-registry-").FullName;

    private string RegistryPath => Path.Combine(_directory, "registry.db");

    private string KeyFile
    {
        get
        {
            string path = Path.Combine(_directory, "registry.key");
            File.WriteAllText(path, "cli-test-key-0123456789abcdef\n");
            return path;
        }
    }

    private static (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Fact]
    public void Import_GoodAndBadLines_ReportsBadLineNumberAndCountsGoodOnes()
    {
        (int code, string stdout, string stderr) = Run(Record + "\n{oops\n", "registry", "import", "--registry", RegistryPath, "--key-file", KeyFile);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("line 2: not valid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("imported 1 records, rejected 1 lines", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Kilbourn", stderr, StringComparison.Ordinal);
        Assert.Equal("1", Run("", "registry", "count", "--registry", RegistryPath).Stdout.Trim());
    }

    [Fact]
    public void Import_NoKey_ClearErrorAndUsageExit()
    {
        if (Environment.GetEnvironmentVariable("DOXGUARD_REGISTRY_KEY") is not null || Environment.GetEnvironmentVariable("DOXGUARD_REGISTRY_KEY_FILE") is not null)
        {
            return; // the machine supplies a key: the no-key path cannot be reached here
        }

        (int code, _, string stderr) = Run(Record, "registry", "import", "--registry", RegistryPath);

        Assert.Equal(2, code);
        Assert.Contains("DOXGUARD_REGISTRY_KEY", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(RegistryPath));
    }

    [Fact]
    public void Remove_ThenCount_RecordGone()
    {
        Run(Record, "registry", "import", "--registry", RegistryPath, "--key-file", KeyFile);

        (int code, _, string stderr) = Run("", "registry", "remove", "--registry", RegistryPath, "r1");
        Assert.Equal(0, code);
        Assert.Contains("removed record 'r1'", stderr, StringComparison.Ordinal);
        Assert.Equal("0", Run("", "registry", "count", "--registry", RegistryPath).Stdout.Trim());
        Assert.Equal(1, Run("", "registry", "remove", "--registry", RegistryPath, "r1").Code);
    }

    [Fact]
    public void Count_MissingRegistry_ExitOneWithMessage()
    {
        (int code, _, string stderr) = Run("", "registry", "count", "--registry", RegistryPath);
        Assert.Equal(1, code);
        Assert.Contains("No registry", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_UnknownSubcommand_UsageExit()
    {
        Assert.Equal(2, Run("", "registry", "list", "--registry", RegistryPath).Code);
        Assert.Equal(2, Run("", "registry").Code);
    }

    [Fact]
    public void Scan_WithRegistry_MarksProtectedEntity()
    {
        string keyFile = KeyFile;
        Run(Record, "registry", "import", "--registry", RegistryPath, "--key-file", keyFile);
        string? saved = Environment.GetEnvironmentVariable("DOXGUARD_REGISTRY_KEY_FILE");
        string? savedKey = Environment.GetEnvironmentVariable("DOXGUARD_REGISTRY_KEY");
        Environment.SetEnvironmentVariable("DOXGUARD_REGISTRY_KEY", null);
        Environment.SetEnvironmentVariable("DOXGUARD_REGISTRY_KEY_FILE", keyFile);
        try
        {
            (int code, string stdout, _) = Run("", "scan", "--registry", RegistryPath, "--text", "he parks DV 43317 at 6120 Kilbourn Ave");

            Assert.Equal(0, code);
            using var doc = JsonDocument.Parse(stdout);
            var ids = doc.RootElement.GetProperty("entities").EnumerateArray()
                .Where(e => e.TryGetProperty("protected", out _))
                .Select(e => (e.GetProperty("type").GetString(), e.GetProperty("protected").GetString()))
                .ToList();
            Assert.Contains(("LICENSE_PLATE", "r1"), ids);
            Assert.Contains(("STREET_ADDRESS", "r1"), ids);
        }
        finally
        {
            Environment.SetEnvironmentVariable("DOXGUARD_REGISTRY_KEY_FILE", saved);
            Environment.SetEnvironmentVariable("DOXGUARD_REGISTRY_KEY", savedKey);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
