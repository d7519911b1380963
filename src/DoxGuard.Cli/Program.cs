namespace DoxGuard.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        using Stream stdin = Console.OpenStandardInput();
        using Stream stdout = Console.OpenStandardOutput();
        return CommandLine.Run(args, stdin, stdout, Console.Error);
    }
}
