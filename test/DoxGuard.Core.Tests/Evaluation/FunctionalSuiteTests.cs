using System.Text.Json;
using System.Text.RegularExpressions;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Evaluation;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using Xunit.Abstractions;

namespace DoxGuard.Tests.Evaluation;

/// <summary>
/// Guards the held-out functional suite (data/functional, tools/functional/README.md): its schema and size, and that it
/// stays independent of the training corpus. Pass-rate floors are asserted once the trained classifier is the default.
/// </summary>
public sealed partial class FunctionalSuiteTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<FunctionalCase>> English = new(() => FunctionalSuite.Load(SuitePath("en")));
    private static readonly Lazy<IReadOnlyList<FunctionalCase>> Spanish = new(() => FunctionalSuite.Load(SuitePath("es")));

    public static TheoryData<string> Languages() => new() { "en", "es" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Load_SuiteFile_AtLeast500CasesInItsLanguage(string lang)
    {
        IReadOnlyList<FunctionalCase> cases = Cases(lang);

        Assert.True(cases.Count >= 500, $"{lang}: {cases.Count} cases");
        Assert.All(cases, c => Assert.Equal(lang, c.Lang));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Load_SuiteFile_AtLeast30FunctionalitiesOf15Cases(string lang)
    {
        var groups = Cases(lang).GroupBy(c => c.Functionality).ToList();

        Assert.True(groups.Count >= 30, $"{lang}: {groups.Count} functionalities");
        Assert.All(groups, g => Assert.True(g.Count() >= 15, $"{lang}/{g.Key}: {g.Count()} cases"));
        Assert.True(groups.Count(g => g.First().ExpectFlag) >= 12, $"{lang}: too few flag functionalities");
        Assert.True(groups.Count(g => !g.First().ExpectFlag) >= 12, $"{lang}: too few allow functionalities");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Load_SuiteFile_EachFunctionalityHasOneExpectation(string lang)
    {
        foreach (IGrouping<string, FunctionalCase> g in Cases(lang).GroupBy(c => c.Functionality))
        {
            Assert.True(g.Select(c => c.ExpectFlag).Distinct().Count() == 1, $"{lang}/{g.Key} mixes flag and allow");
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Load_SuiteFile_IdsNameLanguageAndFunctionality(string lang)
    {
        Assert.All(Cases(lang), c =>
        {
            Assert.Matches(IdPattern(), c.Id);
            Assert.StartsWith($"fn-{lang}-", c.Id, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Load_BothFiles_IdsAndTextsUnique()
    {
        IReadOnlyList<FunctionalCase> all = [.. English.Value, .. Spanish.Value];

        Assert.Empty(all.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(all.GroupBy(c => Key(c.Text)).Where(g => g.Count() > 1).Select(g => g.First().Id));
    }

    [Fact]
    public void Load_BothFiles_NoTextIdenticalToACorpusText()
    {
        // The suite must measure generalisation: a post the classifier was trained on would only measure memory.
        var corpus = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(RepoPaths.Combine("data", "corpus"), "*.jsonl"))
        {
            foreach (string line in File.ReadLines(file).Where(l => !string.IsNullOrWhiteSpace(l)))
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                corpus.Add(Key(doc.RootElement.GetProperty("text").GetString()!));
            }
        }

        Assert.True(corpus.Count > 1000, "corpus not found");
        IReadOnlyList<FunctionalCase> all = [.. English.Value, .. Spanish.Value];
        Assert.Empty(all.Where(c => corpus.Contains(Key(c.Text))).Select(c => c.Id));
    }

    [Fact]
    public void Repository_NoTrainingCodeReadsTheSuite()
    {
        // Held out means held out: only the evaluator, its builder and evaluation front ends may name the suite's
        // folder, and no file that fits a model may, or the pass rates would stop measuring generalisation.
        string[] roots = [RepoPaths.Combine("src"), RepoPaths.Combine("tools")];
        string[] allowed = ["tools/functional/", "/Evaluation/", "src/DoxGuard.Cli/"];
        var offenders = new List<string>();
        foreach (string root in roots.Where(Directory.Exists))
        {
            foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(RepoPaths.Root, file).Replace('\\', '/');
                if (relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal)
                    || Path.GetExtension(file) is not (".cs" or ".py" or ".sh" or ".json" or ".csproj"))
                {
                    continue;
                }

                string content = File.ReadAllText(file);
                bool namesSuite = SuiteReference().IsMatch(content);
                bool fits = content.Contains(".Fit(", StringComparison.Ordinal);
                if (namesSuite && (fits || !allowed.Any(a => relative.Contains(a, StringComparison.Ordinal))))
                {
                    offenders.Add(relative);
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void Load_MalformedLine_ThrowsWithLineNumber()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path,
                """
                {"id":"fn-en-a-001","text":"x","lang":"en","labels":["threat"],"functionality":"a","expect":"flag"}
                {"id":"fn-en-a-002","text":"y","lang":"en","labels":["threat"],"functionality":"a","expect":"allow"}
                """);

            var ex = Assert.Throws<FormatException>(() => FunctionalSuite.Load(path));

            Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_KeywordClassifier_CountsRecallAndFalseFlags()
    {
        // A classifier that flags any post containing "hurt": the counts must follow the cases exactly.
        var engine = new ScanEngine(new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), new KeywordClassifier("hurt"), new BaselinePolicy());
        FunctionalCase[] cases =
        [
            new("fn-en-t-001", "I will hurt you", "en", [HarmLabel.Threat], "t", true),
            new("fn-en-t-002", "see you around", "en", [HarmLabel.Threat], "t", true),
            new("fn-en-n-001", "I would never hurt him", "en", [], "n", false),
            new("fn-en-n-002", "nice weather", "en", [], "n", false),
            new("fn-es-t-001", "te voy a hurt", "es", [HarmLabel.Threat], "t", true),
        ];

        FunctionalSuiteResult result = FunctionalSuite.Evaluate(engine, cases);

        FunctionalLanguageResult en = result.Languages["en"];
        Assert.Equal(0.5, en.FlagRecall, 6);
        Assert.Equal(0.5, en.FalseFlagRate, 6);
        Assert.Equal(["fn-en-t-002", "fn-en-n-001"], en.FailedIds);
        Assert.Equal(1, en.Functionalities["t"].Passed);
        Assert.Equal(1.0, result.Languages["es"].FlagRecall, 6);
    }

    [Fact]
    public void RunDefault_WholeSuite_EveryCaseCountedOnce()
    {
        FunctionalSuiteResult result = FunctionalSuite.RunDefault(RepoPaths.Combine("data", "functional"));
        output.WriteLine(result.Report());

        foreach ((string lang, FunctionalLanguageResult r) in result.Languages)
        {
            IReadOnlyList<FunctionalCase> cases = Cases(lang);
            Assert.Equal(cases.Count(c => c.ExpectFlag), r.FlagCases);
            Assert.Equal(cases.Count(c => !c.ExpectFlag), r.AllowCases);
            Assert.Equal(cases.Count, r.Functionalities.Values.Sum(s => s.Total));
            Assert.Equal(r.Functionalities.Values.Sum(s => s.Total - s.Passed), r.FailedIds.Count);
        }

        Assert.Equal(["en", "es"], result.Languages.Keys);
    }

    private static IReadOnlyList<FunctionalCase> Cases(string lang) => lang == "en" ? English.Value : Spanish.Value;

    private static string SuitePath(string lang) => RepoPaths.Combine("data", "functional", lang + ".jsonl");

    private static string Key(string text) => Whitespace().Replace(text.Trim(), " ").ToLowerInvariant();

    [GeneratedRegex(@"^fn-(en|es)-[a-z0-9_]+-[0-9]{3}$", RegexOptions.NonBacktracking)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"data[/\\]functional|""data"",\s*""functional""", RegexOptions.NonBacktracking)]
    private static partial Regex SuiteReference();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    private sealed class KeywordClassifier(string keyword) : IHarmClassifier
    {
        public HarmAssessment Assess(AnalysisContext context, IReadOnlyList<Entity> entities) =>
            context.Text.Contains(keyword, StringComparison.Ordinal)
                ? new HarmAssessment(HarmScores.None.With(HarmLabel.Threat, 0.9), ["keyword"])
                : HarmAssessment.None;
    }
}
