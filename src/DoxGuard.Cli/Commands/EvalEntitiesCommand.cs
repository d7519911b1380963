using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Evaluation;

namespace DoxGuard.Cli.Commands;

/// <summary><c>doxguard eval-entities FILE [--types T,T] [--errors]</c>: entity precision and recall by overlap.</summary>
internal static class EvalEntitiesCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var reader = new ArgReader(args, new HashSet<string> { "--types" }, new HashSet<string> { "--errors" });
        if (reader.Positionals.Count != 1)
        {
            throw new UsageException("eval-entities needs exactly one labelled JSON Lines file");
        }

        HashSet<EntityType>? types = null;
        if (reader.Value("--types") is { } list)
        {
            types = [];
            foreach (string name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!EntityTypeNames.TryParse(name, out EntityType t))
                {
                    throw new UsageException($"--types: unknown entity type '{name}'");
                }

                types.Add(t);
            }
        }

        EntityEvaluation evaluation;
        try
        {
            evaluation = EntityEvaluator.Evaluate(ScanEngineFactory.CreateDefault(), reader.Positionals[0], types);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            stderr.WriteLine($"doxguard eval-entities: {ex.Message}");
            return ExitCodes.InputUnreadable;
        }

        stdout.Write(evaluation.Report());
        if (reader.Has("--errors"))
        {
            foreach (string error in evaluation.Errors)
            {
                stdout.WriteLine(error);
            }
        }

        return ExitCodes.Ok;
    }
}
