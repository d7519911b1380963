using DoxGuard.Api;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard serve</c>: runs the moderation service (HTTP API and review console) until stopped.</summary>
internal static class ServeCommand
{
    private static readonly HashSet<string> ValueOptions = ["--data-dir", "--urls", "--postgres"];

    public static int Run(string[] args, TextWriter stderr)
    {
        var reader = new ArgReader(args, ValueOptions, new HashSet<string>());
        reader.NoPositionals();
        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["urls"] = reader.Value("--urls") ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS") ?? "http://127.0.0.1:8080",
        };
        if (reader.Value("--data-dir") is { } dataDir)
        {
            settings["Service:DataDirectory"] = dataDir;
        }

        if (reader.Value("--postgres") is { } postgres)
        {
            settings["Service:Postgres"] = postgres;
        }

        stderr.WriteLine($"doxguard serve: listening on {settings["urls"]} (review console at /, API reference at /swagger)");
        ServiceApp.Build([], settings).Run();
        return ExitCodes.Ok;
    }
}
