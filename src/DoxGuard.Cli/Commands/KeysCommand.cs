using DoxGuard.Api;
using DoxGuard.Api.Auth;
using DoxGuard.Storage;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard keys create --role ROLE</c>: makes an API key and prints it as the last line (shown once).</summary>
internal static class KeysCommand
{
    private static readonly HashSet<string> ValueOptions = ["--role", "--data-dir", "--postgres"];

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var reader = new ArgReader(args, ValueOptions, new HashSet<string>());
        if (reader.Positionals is not ["create"])
        {
            throw new UsageException("keys: the sub-command is 'create': doxguard keys create --role ingest|reviewer|admin [--data-dir DIR]");
        }

        string role = reader.Value("--role") ?? throw new UsageException("keys create needs --role ingest|reviewer|admin");
        if (!Roles.IsValid(role))
        {
            throw new UsageException($"--role must be ingest, reviewer or admin, not '{role}'");
        }

        return CreateAsync(role, reader.Value("--data-dir"), reader.Value("--postgres"), stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> CreateAsync(string role, string? dataDir, string? postgres, Stream stdout, TextWriter stderr)
    {
        await using IModerationStore store = await ServiceApp.OpenStoreAsync(dataDir, postgres);
        (ApiKeyRecord record, string secret) = await ApiKeys.CreateAsync(store, role, "cli");
        stderr.WriteLine($"doxguard keys: created key {record.Id} with role {record.Role} in the {store.Backend} store; it is shown once, keep it safe");
        using var writer = new StreamWriter(stdout, leaveOpen: true);
        await writer.WriteLineAsync(secret);
        return ExitCodes.Ok;
    }
}
