using System.Text;
using System.Text.Json;

namespace DoxGuard.Cli.Tests.Commands;

public sealed class ScanCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args) => CliRunner.Run(stdin, args);

    [Fact]
    public void Scan_Stdin_OneLinePerRecordAndSummaryOnStderr()
    {
        (int code, string stdout, string stderr) = Run("{\"id\":\"a\",\"text\":\"hi\"}\nbad\n", "scan");

        Assert.Equal(0, code);
        string[] lines = stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"id\":\"a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("2 records", stderr, StringComparison.Ordinal);
        Assert.Contains("errors 1", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("hi", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_Text_WritesOneResult()
    {
        (int code, string stdout, _) = Run("", "scan", "--text", "hello there", "--lang", "en");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("text", doc.RootElement.GetProperty("id").GetString());
        foreach (string field in new[] { "action", "severity", "labels", "scores", "entities", "reasons" })
        {
            Assert.True(doc.RootElement.TryGetProperty(field, out _), $"missing {field}");
        }
    }

    [Fact]
    public void Scan_Redact_AddsRedactedField()
    {
        (_, string stdout, _) = Run("", "scan", "--text", "nothing personal", "--redact");

        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("nothing personal", doc.RootElement.GetProperty("redacted").GetString());
    }

    [Theory]
    [InlineData("scan", "--bogus")]
    [InlineData("scan", "--input")]
    [InlineData("scan", "--text", "x", "--input", "f")]
    [InlineData("scan", "--parallel", "0")]
    [InlineData("scan", "extra")]
    [InlineData("nosuchcommand")]
    public void Run_BadUsage_ExitsTwo(params string[] args)
    {
        (int code, string stdout, string stderr) = Run("", args);

        Assert.Equal(2, code);
        Assert.Empty(stdout);
        Assert.Contains("usage", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_MissingInputFile_ExitsOne()
    {
        (int code, string stdout, string stderr) = Run("", "scan", "--input", "/nonexistent/posts.jsonl");

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Contains("cannot read input", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_InputAndOutputFiles_RoundTrip()
    {
        string dir = Directory.CreateTempSubdirectory("doxguard-cli-").FullName;
        try
        {
            string input = Path.Combine(dir, "in.jsonl");
            string output = Path.Combine(dir, "out.jsonl");
            File.WriteAllText(input, "{\"id\":\"1\",\"text\":\"a\"}\n{\"id\":\"2\",\"text\":\"b\"}\n");

            (int code, string stdout, _) = Run("", "scan", "--input", input, "--output", output);

            Assert.Equal(0, code);
            Assert.Empty(stdout);
            Assert.Equal(2, File.ReadAllLines(output).Length);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Scan_MaxTextBytes_AppliesLimit()
    {
        (_, string stdout, _) = Run("{\"id\":\"a\",\"text\":\"0123456789\"}\n", "scan", "--max-text-bytes", "5");

        Assert.Contains("\"error\"", stdout, StringComparison.Ordinal);
        Assert.Contains("limit of 5 bytes", stdout, StringComparison.Ordinal);
    }
}
