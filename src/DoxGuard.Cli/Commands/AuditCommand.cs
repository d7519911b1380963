using DoxGuard.Api;
using DoxGuard.Storage;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard audit verify</c>: walks the audit hash chain; exit 0 when intact, 1 when an entry was tampered with.</summary>
internal static class AuditCommand
{
    private static readonly HashSet<string> ValueOptions = ["--data-dir", "--postgres"];

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var reader = new ArgReader(args, ValueOptions, new HashSet<string>());
        if (reader.Positionals is not ["verify"])
        {
            throw new UsageException("audit: the sub-command is 'verify': doxguard audit verify [--data-dir DIR]");
        }

        return VerifyAsync(reader.Value("--data-dir"), reader.Value("--postgres"), stdout, stderr).GetAwaiter().GetResult();
    }

    private static async Task<int> VerifyAsync(string? dataDir, string? postgres, Stream stdout, TextWriter stderr)
    {
        await using IModerationStore store = await ServiceApp.OpenStoreAsync(dataDir, postgres);
        AuditVerification result = await store.VerifyAuditAsync();
        using var writer = new StreamWriter(stdout, leaveOpen: true);
        if (result.IsIntact)
        {
            await writer.WriteLineAsync($"audit log intact: {result.Entries} entries, head {result.HeadHash}");
            return ExitCodes.Ok;
        }

        await writer.WriteLineAsync($"audit log TAMPERED: {result.Problem} ({result.Entries} entries verified before it)");
        stderr.WriteLine("doxguard audit: the audit log does not verify");
        return ExitCodes.InputUnreadable;
    }
}
