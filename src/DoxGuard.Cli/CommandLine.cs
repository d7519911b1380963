namespace DoxGuard.Cli;

/// <summary>Dispatches the sub-commands; each is a thin adapter over Core.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0)
        {
            stderr.WriteLine("usage: doxguard scan [--input PATH|-] [--output PATH|-] [--registry PATH] [--redact] | scan --text TEXT");
            return ExitCodes.Usage;
        }

        switch (args[0])
        {
            case "train": return Commands.TrainCommand.Run(args, stdout, stderr);
            case "eval": return Commands.EvalCommand.Run(args, stdout, stderr);
        }

        stderr.WriteLine($"doxguard: unknown command '{args[0]}'");
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
