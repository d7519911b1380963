using System.Diagnostics;
using System.Text;

namespace DoxGuard.Cli.Tests;

/// <summary>
/// The launcher runs scan, registry and eval from a Native AOT build of the same sources (src/DoxGuard.Cli.Native).
/// Trimming and ahead-of-time compilation can change behaviour that a JIT build hides (reflection, embedded resources,
/// culture data), so the native binary must give byte-for-byte the output of the in-process JIT build.
/// </summary>
public sealed class NativeBuildParityTests
{
    [Fact]
    public void NativeScan_SameInput_ByteIdenticalToJitScan()
    {
        string root = DoxGuard.Tests.RepoPaths.Root;
        var input = new StringBuilder();
        foreach (string line in File.ReadLines(Path.Combine(root, "examples", "posts.jsonl")))
        {
            input.Append(line).Append('\n');
        }

        // Every entity type of the project's PII set, obfuscated variants included, plus lines that must become errors.
        foreach (string line in File.ReadLines(Path.Combine(root, "data", "pii-eval", "en.jsonl")))
        {
            input.Append(line).Append('\n');
        }

        input.Append("not json\n{\"id\":7,\"text\":\"x\"}\n{\"id\":\"lone\",\"text\":\"\\ud800 five five five 0143\"}\n\n");
        input.Append("{\"id\":\"es\",\"text\":\"vive en calle Sauce 1414, col. Centro; llámenle al cinco cinco cinco, uno dos tres cuatro\"}\n");
        string stdin = input.ToString();

        (int jitCode, string jitOut, _) = CliRunner.Run(stdin, "scan", "--redact", "--parallel", "2");
        (int nativeCode, string nativeOut, string nativeErr) = RunNative(root, stdin, "scan", "--redact", "--parallel", "2");

        Assert.Equal(0, jitCode);
        Assert.True(nativeCode == 0, nativeErr);
        Assert.Equal(stdin.Count(c => c == '\n'), nativeOut.Count(c => c == '\n'));
        Assert.Equal(jitOut, nativeOut);
    }

    [Fact]
    public void NativeEvalEntities_PiiSet_SameReportAsJit()
    {
        string root = DoxGuard.Tests.RepoPaths.Root;
        string file = Path.Combine(root, "data", "pii-eval", "en.jsonl");

        (int jitCode, string jitOut, _) = CliRunner.Run("", "eval-entities", file);
        (int nativeCode, string nativeOut, string nativeErr) = RunNative(root, "", "eval-entities", file);

        Assert.Equal(0, jitCode);
        Assert.True(nativeCode == 0, nativeErr);
        Assert.Contains("ALL", nativeOut, StringComparison.Ordinal);
        Assert.Equal(jitOut, nativeOut);
    }

    /// <summary>Builds the native binary through the launcher (as a user's first scan would), then runs it directly.</summary>
    private static (int Code, string Stdout, string Stderr) RunNative(string root, string stdin, params string[] args)
    {
        lock (BuildLock)
        {
            (int code, _, string err) = Exec("bash", root, "", [Path.Combine(root, "doxguard"), "scan", "--text", "build check"]);
            Assert.True(code == 0, err);
        }

        string binary = Path.Combine(root, "artifacts", "native", "doxguard");
        Assert.True(File.Exists(binary), "the launcher did not produce the native binary (a failed Native AOT build falls back to the JIT build)");
        return Exec(binary, root, stdin, args);
    }

    private static readonly Lock BuildLock = new();

    private static (int Code, string Stdout, string Stderr) Exec(string file, string workingDirectory, string stdin, string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }
}
