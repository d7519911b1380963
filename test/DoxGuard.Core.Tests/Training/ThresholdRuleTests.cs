using System.Text.Json;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Training;

namespace DoxGuard.Tests.Training;

public sealed class ThresholdRuleTests
{
    // Out-of-fold scores in the trainer's --validation-scores format. en threat: its own optimum 0.3 beats the pooled 0.45
    // in every part of its families, so en takes it. es bounty: its own optimum 0.3 beats the pooled 0.5 overall
    // (F1 0.923 against 0.667) but not in part 2 (family es-f1, a negative at 0.32), which vetoes it. A fr row, which
    // would move coordination to 0.25 if it were counted, must be ignored. Families: en-f3, en-f2, en-f1 are parts 0, 1, 2;
    // es-f2, es-f3, es-f1 likewise.
    private static readonly string Fixture = RepoPaths.Combine("test", "DoxGuard.Core.Tests", "Training", "Fixtures", "threshold-scores.jsonl");

    // What tools/choose_thresholds.py (the rule's Python original, since removed) printed for that file.
    private static readonly string ScriptOutput = RepoPaths.Combine("test", "DoxGuard.Core.Tests", "Training", "Fixtures", "threshold-scores.script-output.txt");

    [Fact]
    public void Choose_Fixture_LanguageKeepsAnOptimumThatHoldsInEveryPartAndLosesOneAPartVetoes()
    {
        ThresholdChoice choice = ThresholdRule.Choose(ThresholdRule.ReadScores(Fixture));

        Assert.Equal(new ThresholdPick(0.3, 0.45, 0.3), choice.Picks[("en", HarmLabel.Threat)]);
        Assert.Equal(new ThresholdPick(0.45, 0.45, 0.45), choice.Picks[("es", HarmLabel.Threat)]);
        Assert.Equal(new ThresholdPick(0.3, 0.5, 0.5), choice.Picks[("es", HarmLabel.Bounty)]);
        Assert.Equal(new ThresholdPick(0.5, 0.5, 0.5), choice.Picks[("en", HarmLabel.Bounty)]);

        // No positives in en/es: F1 is 0 all along the grid, and the tie goes to 0.5 (the fr row is not counted).
        Assert.Equal(new ThresholdPick(0.5, 0.5, 0.5), choice.Picks[("en", HarmLabel.Coordination)]);

        Dictionary<string, IReadOnlyDictionary<string, double>> policy = choice.ForPolicy();
        Assert.Equal(["default", "en", "es"], policy.Keys);
        Assert.Equal([0.5, 0.45, 0.5, 0.5], policy["default"].Values);
        Assert.Equal([0.5, 0.3, 0.5, 0.5], policy["en"].Values);
        Assert.Equal([0.5, 0.45, 0.5, 0.5], policy["es"].Values);
        Assert.Equal(["dox", "threat", "bounty", "coordination"], policy["en"].Keys);
    }

    [Fact]
    public void Choose_Fixture_PrintsWhatTheRemovedScriptPrinted()
    {
        string[] expected = File.ReadAllLines(ScriptOutput);
        ThresholdChoice choice = ThresholdRule.Choose(ThresholdRule.ReadScores(Fixture));

        Assert.Equal(expected[..^1], choice.Curves.TrimEnd('\n').Split('\n'));
        var script = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(expected[^1])!;
        Dictionary<string, IReadOnlyDictionary<string, double>> ours = choice.ForPolicy();
        Assert.Equal(script.Keys, ours.Keys);
        foreach ((string language, Dictionary<string, double> labels) in script)
        {
            Assert.Equal(labels, ours[language]);
        }
    }

    [Theory]
    [InlineData("en-bounty-info-f001", 2)] // values from Python: int(hashlib.sha256(group.encode()).hexdigest(), 16) % 3
    [InlineData("es-threat-x-f002", 2)]
    [InlineData("en-f3", 0)]
    [InlineData("en-f2", 1)]
    [InlineData("es-f2", 0)]
    [InlineData("es-f3", 1)]
    [InlineData("", 1)]
    [InlineData("ñandú-f1", 0)] // UTF-8, not UTF-16
    [InlineData("family", 2)]
    public void Part_GroupName_IsSha256BigEndianModThree(string group, int part)
    {
        Assert.Equal(part, ThresholdRule.Part(group));
    }

    [Fact]
    public void Grid_SeventeenPointsFromPoint2ToPoint6_AreTheDecimalsThemselves()
    {
        Assert.Equal(17, ThresholdRule.Grid.Count);
        Assert.Equal(0.2, ThresholdRule.Grid[0]);
        Assert.Equal(0.3, ThresholdRule.Grid[4]); // 0.2 + 0.025 * 4 is 0.30000000000000004, which a score of 0.3 would miss
        Assert.Equal(0.425, ThresholdRule.Grid[9]);
        Assert.Equal(0.6, ThresholdRule.Grid[16]);
    }

    [Theory]
    [InlineData(0.5, 0.0)] // nothing to find and nothing found: 0, as the script counted it (not 1, as reports do)
    [InlineData(0.2, 0.0)] // the negative found
    public void F1_NoPositives_IsZero(double threshold, double f1)
    {
        ThresholdRow[] rows = [new("en", "g", [], new HarmScores(0.3, 0, 0, 0))];

        Assert.Equal(f1, ThresholdRule.F1(rows, HarmLabel.Dox, threshold));
    }

    [Fact]
    public void F1_ScoreEqualToThreshold_CountsAsFound()
    {
        ThresholdRow[] rows = [new("en", "g", [HarmLabel.Dox], new HarmScores(0.3, 0, 0, 0)), new("en", "g", [], new HarmScores(0.2, 0, 0, 0))];

        Assert.Equal(1.0, ThresholdRule.F1(rows, HarmLabel.Dox, 0.3));
        Assert.Equal(2.0 / 3, ThresholdRule.F1(rows, HarmLabel.Dox, 0.2));
        Assert.Equal(0.0, ThresholdRule.F1(rows, HarmLabel.Dox, 0.325));
    }

    [Fact]
    public void ReadScores_PostWithoutFamily_IsItsOwnFamily()
    {
        string path = Path.Combine(Path.GetTempPath(), $"doxguard-thr-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(path,
        [
            "{\"id\":\"a1\",\"lang\":\"es\",\"group\":null,\"gold\":[\"threat\",\"dox\"],\"scores\":{\"dox\":0.1,\"threat\":0.2,\"bounty\":0.3,\"coordination\":0.4}}",
            string.Empty,
            "{\"id\":\"a2\",\"lang\":\"en\",\"group\":\"g\",\"gold\":[],\"scores\":{\"dox\":0.0044,\"threat\":0,\"bounty\":1,\"coordination\":0.5}}",
        ]);
        try
        {
            List<ThresholdRow> rows = ThresholdRule.ReadScores(path);

            Assert.Equal(2, rows.Count);
            Assert.Equal("a1", rows[0].Group);
            Assert.Equal("es", rows[0].Language);
            Assert.Equal([HarmLabel.Threat, HarmLabel.Dox], rows[0].Gold);
            Assert.Equal(new HarmScores(0.1, 0.2, 0.3, 0.4), rows[0].Scores);
            Assert.Equal("g", rows[1].Group);
            Assert.Equal(0.0044, rows[1].Scores.Dox);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FormatPolicyMember_ShippedThresholds_AreTheShippedFilesOwnText()
    {
        string file = File.ReadAllText(RepoPaths.Combine("config", "policy.json")).ReplaceLineEndings("\n");
        ModerationPolicyOptions shipped = ModerationPolicyLoader.Parse(file, "config/policy.json");
        var thresholds = shipped.Thresholds.ToDictionary(
            l => l.Key, l => (IReadOnlyDictionary<string, double>)l.Value, StringComparer.Ordinal);

        string member = ThresholdRule.FormatPolicyMember(thresholds);

        Assert.Contains(member, file, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatPolicyMember_NewThresholds_PastedOverTheMemberGiveAValidPolicy()
    {
        string file = File.ReadAllText(RepoPaths.Combine("config", "policy.json")).ReplaceLineEndings("\n");
        ThresholdChoice choice = ThresholdRule.Choose(ThresholdRule.ReadScores(Fixture));
        int start = file.IndexOf("  \"thresholds\": {\n", StringComparison.Ordinal);
        int end = file.IndexOf("\n  },\n", start, StringComparison.Ordinal) + "\n  },\n".Length;

        string pasted = file[..start] + ThresholdRule.FormatPolicyMember(choice.ForPolicy()) + file[end..];
        ModerationPolicyOptions policy = ModerationPolicyLoader.Parse(pasted, "pasted");

        Assert.Equal(0.3, policy.Threshold("en", HarmLabel.Threat));
        Assert.Equal(0.45, policy.Threshold("es", HarmLabel.Threat));
        Assert.Equal(0.45, policy.Threshold("fr", HarmLabel.Threat)); // default: the pooled one
        Assert.Equal(0.5, policy.Threshold("es", HarmLabel.Bounty));
        Assert.Equal(file[end..], pasted[^(file.Length - end)..]); // the rest of the file untouched
    }
}
