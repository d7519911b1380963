namespace DoxGuard.Cli.Tests.Commands;

public sealed class TrainEvalCommandTests
{
    [Theory]
    [InlineData("--trees")] // a flag that needs a value, given none
    [InlineData("--tree-blend")]
    [InlineData("--no-such-flag")]
    public void Train_BadFlag_PrintsUsageNamingTheTreeFlags(string flag)
    {
        (int code, _, string stderr) = CliRunner.Run("", "train", flag);

        Assert.NotEqual(0, code);
        Assert.Contains("--tree-blend X", stderr, StringComparison.Ordinal);
        Assert.Contains("--validation-scores PATH", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_ValidateOnlyWithTreeFlags_ParsesAndSuggestsThresholds()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"doxguard-cli-corpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            using (var writer = new StreamWriter(Path.Combine(dir, "c.jsonl")))
            {
                for (int i = 0; i < 12; i++)
                {
                    writer.WriteLine($"{{\"id\":\"b{i}\",\"text\":\"$5{i}k to whoever finds person {i}\",\"lang\":\"en\",\"labels\":[\"bounty\"],\"split\":\"train\",\"group\":\"b{i}\"}}");
                    writer.WriteLine($"{{\"id\":\"n{i}\",\"text\":\"the bakery on street {i} has good bread\",\"lang\":\"en\",\"labels\":[],\"split\":\"train\",\"group\":\"n{i}\"}}");
                }
            }

            (int code, string stdout, string stderr) = CliRunner.Run(
                "", "train", "--corpus", dir, "--training", Path.Combine(dir, "none"), "--out", Path.Combine(dir, "m.bin"),
                "--trees", "0", "--leaves", "4", "--tree-rate", "0.2", "--min-leaf", "5", "--tree-blend", "0.3",
                "--validate-only", "--validation-scores", Path.Combine(dir, "scores.jsonl"));

            Assert.True(code == 0, stderr);
            Assert.Contains("\n  \"thresholds\": {\n    \"default\": {\n      \"dox\": ", stdout, StringComparison.Ordinal);
            Assert.Contains("\n    \"es\": {\n", stdout, StringComparison.Ordinal);
            Assert.Contains("\nen bounty        own ", stdout, StringComparison.Ordinal);
            Assert.Contains("en out-of-fold macro-F1 at the chosen thresholds: ", stdout, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(dir, "m.bin")), "--validate-only must not write a model");
            string[] scores = File.ReadAllLines(Path.Combine(dir, "scores.jsonl"));
            Assert.Equal(24, scores.Length);
            Assert.All(scores, line => Assert.Contains("\"scores\":{\"dox\":", line, StringComparison.Ordinal));
            Assert.Contains(scores, line => line.Contains("\"id\":\"b3\"", StringComparison.Ordinal) && line.Contains("\"group\":\"b3\"", StringComparison.Ordinal) && line.Contains("\"gold\":[\"bounty\"]", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Eval_LabelledFile_PrintsPerLabelTablesWithTheShippedModel()
    {
        string path = Path.Combine(Path.GetTempPath(), $"doxguard-cli-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            "{\"id\":\"1\",\"text\":\"$50k to whoever takes care of officer Dale Renfro, he lives at 1420 Larkspur Ct\",\"lang\":\"en\",\"labels\":[\"bounty\",\"threat\",\"dox\"]}",
            "{\"id\":\"2\",\"text\":\"the bakery on Elm has the best bread in town\",\"lang\":\"en\",\"labels\":[]}",
        ]);
        try
        {
            (int code, string stdout, string stderr) = CliRunner.Run("", "eval", path);

            Assert.True(code == 0, stderr);
            Assert.Contains("2 labelled posts", stdout, StringComparison.Ordinal);
            Assert.Contains("coordination", stdout, StringComparison.Ordinal);
            Assert.Contains("macro-F1", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
