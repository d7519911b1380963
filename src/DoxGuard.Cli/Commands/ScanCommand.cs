using System.Globalization;
using System.Text.Json;
using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Policy;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard scan</c>: contract JSON Lines in, contract JSON Lines out (contract.md).</summary>
internal static class ScanCommand
{
    private static readonly HashSet<string> ValueOptions =
        ["--input", "--output", "--registry", "--text", "--lang", "--max-text-bytes", "--parallel"];

    private static readonly HashSet<string> Flags = ["--redact", "--quiet"];

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        var reader = new ArgReader(args, ValueOptions, Flags);
        reader.NoPositionals();
        string? text = reader.Value("--text");
        if (text is not null && (reader.Has("--input") || reader.Has("--parallel")))
        {
            throw new UsageException("--text scans one post; it cannot be combined with --input or --parallel");
        }

        if (text is null && reader.Has("--lang"))
        {
            throw new UsageException("--lang goes with --text; in JSON Lines input give each record a \"lang\"");
        }

        var limits = new ScanInputLimits { MaxTextBytes = reader.IntValue("--max-text-bytes", 64 * 1024, 1, 16 * 1024 * 1024) };
        var engineOptions = new ScanEngineOptions { Redact = reader.Has("--redact") };
        ScanEngine engine;
        try
        {
            engine = EngineLoader.Create(engineOptions, reader.Value("--registry"));
        }
        catch (EngineSetupException ex)
        {
            stderr.WriteLine($"doxguard scan: {ex.Message}");
            return ExitCodes.Usage;
        }

        return text is not null
            ? ScanOne(engine, text, reader.Value("--lang"), limits, stdout, stderr)
            : ScanStream(engine, reader, limits, stdin, stdout, stderr);
    }

    private static int ScanOne(ScanEngine engine, string text, string? lang, ScanInputLimits limits, Stream stdout, TextWriter stderr)
    {
        var summary = new SingleRecordWriter(stdout);
        if (System.Text.Encoding.UTF8.GetByteCount(text) > limits.MaxTextBytes)
        {
            summary.Error(new ScanError("text", $"\"text\" is longer than the limit of {limits.MaxTextBytes} bytes"));
        }
        else
        {
            summary.Result(engine.Scan(new ScanRequest("text", text) { Lang = lang }));
        }

        stderr.WriteLine(summary.Describe());
        return ExitCodes.Ok;
    }

    private static int ScanStream(ScanEngine engine, ArgReader reader, ScanInputLimits limits, Stream stdin, Stream stdout, TextWriter stderr)
    {
        string? inputPath = reader.Value("--input");
        string? outputPath = reader.Value("--output");
        Stream input;
        try
        {
            input = inputPath is null or "-" ? stdin : new FileStream(inputPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"doxguard scan: cannot read input '{inputPath}': {ex.Message}");
            return ExitCodes.InputUnreadable;
        }

        Stream output;
        try
        {
            output = outputPath is null or "-" ? stdout : new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            input.Dispose();
            stderr.WriteLine($"doxguard scan: cannot write output '{outputPath}': {ex.Message}");
            return ExitCodes.Usage;
        }

        var options = new JsonLinesScanOptions
        {
            Limits = limits,
            Parallelism = reader.IntValue("--parallel", Environment.ProcessorCount, 1, 256),
        };

        using var progress = reader.Has("--quiet") ? null : ProgressDisplay.ForStandardError(stderr, input);
        try
        {
            ScanSummary summary = new JsonLinesScanner(engine, options).RunAsync(input, output, progress).GetAwaiter().GetResult();
            progress?.Finish();
            stderr.WriteLine(Describe(summary));
            return ExitCodes.Ok;
        }
        catch (IOException ex)
        {
            progress?.Finish();
            stderr.WriteLine($"doxguard scan: reading stopped: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
        finally
        {
            if (!ReferenceEquals(input, stdin))
            {
                input.Dispose();
            }

            if (!ReferenceEquals(output, stdout))
            {
                output.Dispose();
            }
        }
    }

    internal static string Describe(ScanSummary summary)
    {
        var actions = string.Join(", ", Enum.GetValues<ModerationAction>().Select(a => $"{a.ToWireName()} {summary.Count(a)}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"doxguard scan: {summary.Records} records in {summary.Elapsed.TotalSeconds:F2} s ({summary.RecordsPerSecond:F0} records/s); {actions}; errors {summary.Errors}");
    }

    /// <summary>Writes the single record of <c>--text</c> and describes it.</summary>
    private sealed class SingleRecordWriter(Stream stdout)
    {
        private string _outcome = "";

        public void Result(ScanResult result)
        {
            Write(w => ScanOutputWriter.WriteResult(w, result));
            _outcome = $"action {result.Action.ToWireName()}";
        }

        public void Error(ScanError error)
        {
            Write(w => ScanOutputWriter.WriteError(w, error));
            _outcome = "error";
        }

        public string Describe() => $"doxguard scan: 1 record; {_outcome}";

        private void Write(Action<Utf8JsonWriter> write)
        {
            using (var writer = new Utf8JsonWriter(stdout, ScanOutputWriter.WriterOptions))
            {
                write(writer);
            }

            stdout.Write("\n"u8);
            stdout.Flush();
        }
    }
}
