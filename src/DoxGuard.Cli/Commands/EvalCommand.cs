using DoxGuard.Analysis;
using DoxGuard.Policy;
using DoxGuard.Training;

namespace DoxGuard.Cli.Commands;

/// <summary>
/// <c>doxguard eval FILE</c>: scans a labelled JSON Lines file with the default engine and prints per-label
/// precision, recall and F1 per language, and the confusion of actions (gold "action", or the policy applied to the
/// gold labels when the file has none).
/// </summary>
internal static class EvalCommand
{
    public const string Usage = "usage: doxguard eval FILE";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length != 2)
        {
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        string path = args[1];
        if (!File.Exists(path))
        {
            stderr.WriteLine($"doxguard eval: '{path}' does not exist");
            return ExitCodes.InputUnreadable;
        }

        try
        {
            int skipped = 0;
            List<LabelledPost> posts = LabelledPostReader.ReadFile(path, _ => skipped++);
            ScanEngine engine = ScanEngineFactory.CreateDefault();
            EvaluationReport report = EvaluationReport.Evaluate(engine, ScanEngineFactory.CreatePolicy(), posts);
            stdout.WriteLine($"{posts.Count} labelled posts from {path}" + (skipped > 0 ? $" ({skipped} lines skipped: not labelled posts)" : string.Empty));
            stdout.Write(report.Format());
            return ExitCodes.Ok;
        }
        catch (PolicyConfigurationException ex)
        {
            stderr.WriteLine($"doxguard eval: {ex.Message}");
            return ExitCodes.Usage;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"doxguard eval: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
    }
}
