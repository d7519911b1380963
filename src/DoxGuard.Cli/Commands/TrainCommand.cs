using DoxGuard.Training;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard train [--corpus DIR] [--training DIR] [--out PATH]</c>: reproduces the shipped harm model.</summary>
internal static class TrainCommand
{
    public const string Usage = "usage: doxguard train [--corpus DIR] [--training DIR] [--out PATH] [--l2 X] [--l1 X] [--gab-weight X] [--trees N] [--leaves N] [--tree-rate X] [--min-leaf N] [--tree-blend X] [--per-language-thresholds] [--validate-only] [--validation-errors PATH]";

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = new HarmTrainingOptions();
        for (int i = 1; i < args.Length; i++)
        {
            string? value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--corpus" when value is not null:
                    options.CorpusDirectory = value;
                    i++;
                    break;
                case "--training" when value is not null:
                    options.TrainingDirectory = value;
                    i++;
                    break;
                case "--out" when value is not null:
                    options.OutputPath = value;
                    i++;
                    break;
                case "--l2" when value is not null:
                    options.L2Regularization = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--l1" when value is not null:
                    options.L1Regularization = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--gab-weight" when value is not null:
                    options.GabWeight = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--trees" when value is not null:
                    options.TreeCount = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--leaves" when value is not null:
                    options.TreeLeaves = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--tree-rate" when value is not null:
                    options.TreeLearningRate = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--tree-blend" when value is not null:
                    options.TreeBlend = float.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--min-leaf" when value is not null:
                    options.TreeMinLeafPosts = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    i++;
                    break;
                case "--validation-errors" when value is not null:
                    options.ValidationErrorsPath = value;
                    i++;
                    break;
                case "--per-language-thresholds":
                    options.PerLanguageThresholds = true;
                    break;
                case "--validate-only":
                    options.ValidateOnly = true;
                    break;
                default:
                    stderr.WriteLine($"doxguard train: unexpected '{args[i]}'");
                    stderr.WriteLine(Usage);
                    return ExitCodes.Usage;
            }
        }

        try
        {
            HarmTrainingReport report = HarmModelTrainer.Train(options, stderr);
            stdout.WriteLine($"trained on {report.TrainExamples} posts in {report.Elapsed.TotalSeconds:F0}s; model: {options.OutputPath}");
            stdout.WriteLine("thresholds with the best validation F1 (for config/policy.json):");
            foreach ((string lang, IReadOnlyDictionary<string, double> labels) in report.SuggestedThresholds)
            {
                stdout.WriteLine($"  \"{lang}\": {{ {string.Join(", ", labels.Select(l => $"\"{l.Key}\": {l.Value:0.###}"))} }}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is DirectoryNotFoundException or FileNotFoundException or IOException or InvalidDataException)
        {
            stderr.WriteLine($"doxguard train: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }
    }
}
