using System.Text;

namespace DoxGuard.Cli.Tests;

/// <summary>Runs the command line in process with in-memory standard streams.</summary>
internal static class CliRunner
{
    public static (int Code, string Stdout, string Stderr) Run(string stdin, params string[] args)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(stdin));
        using var output = new MemoryStream();
        using var error = new StringWriter();
        int code = CommandLine.Run(args, input, output, error);
        return (code, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }
}
