using System.Text;
using DoxGuard.Registry;

namespace DoxGuard.Cli.Commands;

/// <summary>
/// <c>doxguard registry import|remove|count</c>: manages the protected-person registry. Reports go to standard error
/// and never contain a detail; only <c>count</c> writes to standard output (the number).
/// </summary>
internal static class RegistryCommand
{
    public const string Usage = """
          doxguard registry import --registry PATH [--key-file PATH]   (JSON Lines records on standard input)
          doxguard registry remove --registry PATH ID
          doxguard registry count --registry PATH
        """;

    private static readonly HashSet<string> ValueOptions = ["--registry", "--key-file"];
    private static readonly HashSet<string> NoFlags = [];

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            throw new UsageException("registry needs a sub-command: import, remove or count");
        }

        var reader = new ArgReader(args[1..], ValueOptions, NoFlags);
        string path = reader.Value("--registry") ?? throw new UsageException("--registry PATH is required");
        try
        {
            switch (args[0])
            {
                case "import":
                    reader.NoPositionals();
                    return Import(path, RegistryKey.Resolve(reader.Value("--key-file")), stdin, stderr);
                case "remove":
                    if (reader.Positionals.Count != 1)
                    {
                        throw new UsageException("registry remove needs exactly one record ID");
                    }

                    bool removed = ProtectedRegistry.Remove(path, reader.Positionals[0]);
                    stderr.WriteLine(removed ? $"removed record '{reader.Positionals[0]}'" : $"no record '{reader.Positionals[0]}'");
                    return removed ? ExitCodes.Ok : ExitCodes.InputUnreadable;
                case "count":
                    reader.NoPositionals();
                    using (var writer = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true))
                    {
                        writer.WriteLine(ProtectedRegistry.Count(path));
                    }

                    return ExitCodes.Ok;
                default:
                    throw new UsageException($"unknown registry sub-command '{args[0]}'");
            }
        }
        catch (RegistryKeyException ex)
        {
            stderr.WriteLine($"doxguard registry: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (FileNotFoundException ex)
        {
            stderr.WriteLine($"doxguard registry: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
    }

    private static int Import(string path, RegistryKey key, Stream stdin, TextWriter stderr)
    {
        using var input = new StreamReader(stdin, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        ImportReport report = ProtectedRegistry.Import(path, key, input);
        foreach (ImportError error in report.Errors)
        {
            stderr.WriteLine($"line {error.Line}: {error.Message}");
        }

        stderr.WriteLine($"imported {report.Imported} records, rejected {report.Errors.Count} lines");
        return ExitCodes.Ok;
    }
}
