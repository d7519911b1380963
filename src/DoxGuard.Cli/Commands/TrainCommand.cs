using DoxGuard.Training;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard train [--corpus DIR] [--training DIR] [--out PATH]</c>: reproduces the shipped harm model.</summary>
internal static class TrainCommand
{
    public const string Usage = "usage: doxguard train [--corpus DIR] [--training DIR] [--out PATH] [--l2 X] [--l1 X] [--gab-weight X] [--trees N] [--leaves N] [--tree-rate X] [--min-leaf N] [--tree-blend X] [--validate-only] [--validation-errors PATH] [--validation-scores PATH]";

    private static readonly HashSet<string> ValueOptions =
    [
        "--corpus", "--training", "--out", "--l2", "--l1", "--gab-weight", "--trees", "--leaves", "--tree-rate",
        "--tree-blend", "--min-leaf", "--validation-errors", "--validation-scores",
    ];

    private static readonly HashSet<string> Flags = ["--validate-only"];

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        HarmTrainingOptions options;
        try
        {
            options = ReadOptions(new ArgReader(args[1..], ValueOptions, Flags));
        }
        catch (UsageException ex)
        {
            // The train usage, not the general one: it names the tuning flags.
            stderr.WriteLine($"doxguard train: {ex.Message}");
            stderr.WriteLine(Usage);
            return ExitCodes.Usage;
        }

        try
        {
            HarmTrainingReport report = HarmModelTrainer.Train(options, stderr);
            stdout.WriteLine($"trained on {report.TrainExamples} posts in {report.Elapsed.TotalSeconds:F0}s; model: {options.OutputPath}");
            stdout.WriteLine("thresholds chosen on the out-of-fold scores (docs/classifier.md, Calibration): own optimum, pooled, chosen | F1 along the grid");
            stdout.Write(report.ThresholdCurves);
            stdout.WriteLine("to ship them, paste this over the \"thresholds\" member of config/policy.json:");
            stdout.Write(report.FormatPolicyThresholds());

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or IOException or InvalidDataException)
        {
            stderr.WriteLine($"doxguard train: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
    }

    private static HarmTrainingOptions ReadOptions(ArgReader reader)
    {
        reader.NoPositionals();
        var options = new HarmTrainingOptions();
        options.CorpusDirectory = reader.Value("--corpus") ?? options.CorpusDirectory;
        options.TrainingDirectory = reader.Value("--training") ?? options.TrainingDirectory;
        options.OutputPath = reader.Value("--out") ?? options.OutputPath;
        options.ValidationErrorsPath = reader.Value("--validation-errors") ?? options.ValidationErrorsPath;
        options.ValidationScoresPath = reader.Value("--validation-scores") ?? options.ValidationScoresPath;
        options.L2Regularization = reader.FloatValue("--l2", options.L2Regularization);
        options.L1Regularization = reader.FloatValue("--l1", options.L1Regularization);
        options.GabWeight = reader.FloatValue("--gab-weight", options.GabWeight);
        options.TreeCount = reader.IntValue("--trees", options.TreeCount, int.MinValue, int.MaxValue);
        options.TreeLeaves = reader.IntValue("--leaves", options.TreeLeaves, int.MinValue, int.MaxValue);
        options.TreeLearningRate = reader.FloatValue("--tree-rate", options.TreeLearningRate);
        options.TreeBlend = reader.FloatValue("--tree-blend", options.TreeBlend);
        options.TreeMinLeafPosts = reader.IntValue("--min-leaf", options.TreeMinLeafPosts, int.MinValue, int.MaxValue);
        options.ValidateOnly = reader.Has("--validate-only");
        return options;
    }
}
