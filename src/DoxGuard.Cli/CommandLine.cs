using DoxGuard.Cli.Commands;

namespace DoxGuard.Cli;

/// <summary>Dispatches the sub-commands; each is a thin adapter over Core in Commands/.</summary>
internal static class CommandLine
{
    public const string Usage = """
        usage:
          doxguard scan [--input PATH|-] [--output PATH|-] [--registry PATH] [--redact]
                        [--max-text-bytes N] [--parallel N] [--quiet]
          doxguard scan --text "one post to scan" [--lang en|es] [--registry PATH] [--redact]
          doxguard registry import|remove|count --registry PATH ...   (key: DOXGUARD_REGISTRY_KEY or _FILE)
          doxguard eval-entities FILE [--types PERSON,PHONE_NUMBER,...] [--errors]
          doxguard eval FILE
          doxguard train [--corpus DIR] [--training DIR] [--out PATH]
          doxguard serve [--data-dir DIR] [--urls URL] [--postgres CONNECTION]
          doxguard keys create --role ingest|reviewer|admin [--data-dir DIR] [--postgres CONNECTION]
          doxguard audit verify [--data-dir DIR] [--postgres CONNECTION]
        """;

    public static int Run(string[] args, Stream stdin, Stream stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stderr.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }

        string[] rest = args[1..];
        try
        {
            return args[0] switch
            {
                "scan" => ScanCommand.Run(rest, stdin, stdout, stderr),
                "registry" => RegistryCommand.Run(rest, stdin, stdout, stderr),
                "eval-entities" => WithText(stdout, w => EvalEntitiesCommand.Run(rest, w, stderr)),
                "eval" => WithText(stdout, w => EvalCommand.Run(args, w, stderr)),
#if DOXGUARD_NATIVE
                "train" or "serve" or "keys" or "audit" => NotInNativeBuild(args[0], stderr),
#else
                "train" => WithText(stdout, w => TrainCommand.Run(args, w, stderr)),
                "serve" => ServeCommand.Run(rest, stderr),
                "keys" => KeysCommand.Run(rest, stdout, stderr),
                "audit" => AuditCommand.Run(rest, stdout, stderr),
#endif
                _ => UnknownCommand(args[0], stderr),
            };
        }
        catch (DoxGuard.Policy.PolicyConfigurationException ex)
        {
            // A bad config/policy.json is a usage error: the message names the setting to fix.
            stderr.WriteLine($"doxguard: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"doxguard {args[0]}: {ex.Message}");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }
    }

    /// <summary>Runs a command that writes text (reports) rather than JSON Lines to standard output.</summary>
    private static int WithText(Stream stdout, Func<TextWriter, int> command)
    {
        using var writer = new StreamWriter(stdout, new System.Text.UTF8Encoding(false), leaveOpen: true) { AutoFlush = true };
        return command(writer);
    }

#if DOXGUARD_NATIVE
    /// <summary>ASP.NET Core and ML.NET need the JIT; the root launcher runs these commands from the JIT build.</summary>
    private static int NotInNativeBuild(string name, TextWriter stderr)
    {
        stderr.WriteLine($"doxguard: '{name}' is not part of the native build; run it through the ./doxguard launcher");
        return ExitCodes.Usage;
    }
#endif

    private static int UnknownCommand(string name, TextWriter stderr)
    {
        stderr.WriteLine($"doxguard: unknown command '{name}'");
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}

/// <summary>Process exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int InputUnreadable = 1;
    public const int Usage = 2;
}

/// <summary>Bad command-line usage: exit code 2 with the message.</summary>
internal sealed class UsageException(string message) : Exception(message);
