using System.Globalization;
using System.Text;
using System.Text.Json;
using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Evaluation;

/// <summary>One hand-written functional test case (data/functional/*.jsonl, tools/functional/README.md).</summary>
/// <param name="Id">Unique id, <c>fn-LANG-FUNCTIONALITY-NNN</c>.</param>
/// <param name="Text">The post.</param>
/// <param name="Lang">Two-letter language code.</param>
/// <param name="Labels">The contract labels the post deserves; empty for harmless posts.</param>
/// <param name="Functionality">The capability the case tests (one CheckList table per functionality).</param>
/// <param name="ExpectFlag">True when the post must be flagged, false when it must be left alone.</param>
internal sealed record FunctionalCase(
    string Id, string Text, string Lang, IReadOnlyList<HarmLabel> Labels, string Functionality, bool ExpectFlag);

/// <summary>Pass counts of one functionality.</summary>
internal sealed class FunctionalityScore
{
    /// <summary>Whether its cases must be flagged.</summary>
    public bool ExpectFlag { get; init; }

    /// <summary>Cases run.</summary>
    public int Total { get; internal set; }

    /// <summary>Cases the engine got right.</summary>
    public int Passed { get; internal set; }

    /// <summary>Passed / Total.</summary>
    public double PassRate => Total == 0 ? 0 : (double)Passed / Total;
}

/// <summary>The suite's figures for one language.</summary>
internal sealed class FunctionalLanguageResult
{
    /// <summary>Per functionality, by name.</summary>
    public SortedDictionary<string, FunctionalityScore> Functionalities { get; } = new(StringComparer.Ordinal);

    /// <summary>"flag" cases run.</summary>
    public int FlagCases { get; internal set; }

    /// <summary>"flag" cases the engine flagged.</summary>
    public int FlagCasesFlagged { get; internal set; }

    /// <summary>"allow" cases run.</summary>
    public int AllowCases { get; internal set; }

    /// <summary>"allow" cases the engine flagged anyway.</summary>
    public int AllowCasesFlagged { get; internal set; }

    /// <summary>Share of "flag" cases flagged (the issue's floor: at least 0.95 on threats).</summary>
    public double FlagRecall => FlagCases == 0 ? 0 : (double)FlagCasesFlagged / FlagCases;

    /// <summary>Share of "allow" cases flagged (the issue's ceiling: at most 0.05).</summary>
    public double FalseFlagRate => AllowCases == 0 ? 0 : (double)AllowCasesFlagged / AllowCases;

    /// <summary>Ids of the cases the engine got wrong, for error analysis (ids only: reports never carry post text).</summary>
    public List<string> FailedIds { get; } = [];
}

/// <summary>The outcome of a functional-suite run, per language.</summary>
internal sealed class FunctionalSuiteResult
{
    /// <summary>Per language code.</summary>
    public SortedDictionary<string, FunctionalLanguageResult> Languages { get; } = new(StringComparer.Ordinal);

    /// <summary>A plain-text report: per language, flag recall, false-flag rate and one line per functionality.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        foreach ((string lang, FunctionalLanguageResult r) in Languages)
        {
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"[{lang}] flag recall {r.FlagRecall:F3} ({r.FlagCasesFlagged}/{r.FlagCases})  false-flag rate {r.FalseFlagRate:F3} ({r.AllowCasesFlagged}/{r.AllowCases})");
            foreach ((string name, FunctionalityScore s) in r.Functionalities)
            {
                sb.AppendLine(CultureInfo.InvariantCulture,
                    $"  {name,-36} {(s.ExpectFlag ? "flag" : "allow"),-5} {s.PassRate,6:F3} {s.Passed,4}/{s.Total}");
            }
        }

        return sb.ToString();
    }
}

/// <summary>
/// Runs the project's held-out functional suite (data/functional, in the spirit of CheckList: one small table of
/// cases per capability) through an engine. No training or tuning may read the suite; it only measures.
/// </summary>
internal static class FunctionalSuite
{
    /// <summary>Reads a suite file; a malformed line throws <see cref="FormatException"/> naming its line.</summary>
    public static IReadOnlyList<FunctionalCase> Load(string path)
    {
        var cases = new List<FunctionalCase>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                cases.Add(Parse(line));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {lineNumber}: {ex.Message}", ex);
            }
        }

        return cases;
    }

    /// <summary>The suite's files: one per language, <c>LANG.jsonl</c>.</summary>
    public static IReadOnlyList<string> Files(string directory) =>
        [.. Directory.EnumerateFiles(directory, "*.jsonl").Order(StringComparer.Ordinal)];

    /// <summary>Runs every file of <paramref name="directory"/> (data/functional) through the default engine.</summary>
    public static FunctionalSuiteResult RunDefault(string directory) =>
        Evaluate(ScanEngineFactory.CreateDefault(), Files(directory).SelectMany(Load));

    /// <summary>
    /// Scans every case with <paramref name="engine"/>. A case is flagged when the engine gives it a label or an
    /// action of review or stronger; a "flag" case passes when flagged, an "allow" case when not.
    /// </summary>
    public static FunctionalSuiteResult Evaluate(ScanEngine engine, IEnumerable<FunctionalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(cases);
        var result = new FunctionalSuiteResult();
        foreach (FunctionalCase c in cases)
        {
            ScanResult scan = engine.Scan(new ScanRequest(c.Id, c.Text) { Lang = c.Lang });
            bool flagged = IsFlagged(scan);
            bool passed = flagged == c.ExpectFlag;

            if (!result.Languages.TryGetValue(c.Lang, out FunctionalLanguageResult? lang))
            {
                lang = new FunctionalLanguageResult();
                result.Languages[c.Lang] = lang;
            }

            if (!lang.Functionalities.TryGetValue(c.Functionality, out FunctionalityScore? score))
            {
                score = new FunctionalityScore { ExpectFlag = c.ExpectFlag };
                lang.Functionalities[c.Functionality] = score;
            }

            score.Total++;
            if (passed)
            {
                score.Passed++;
            }
            else
            {
                lang.FailedIds.Add(c.Id);
            }

            if (c.ExpectFlag)
            {
                lang.FlagCases++;
                lang.FlagCasesFlagged += flagged ? 1 : 0;
            }
            else
            {
                lang.AllowCases++;
                lang.AllowCasesFlagged += flagged ? 1 : 0;
            }
        }

        return result;
    }

    /// <summary>The suite's notion of "flagged": any harm label, or an action that puts the post before a human or removes it.</summary>
    public static bool IsFlagged(ScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return scan.Labels.Count > 0 || scan.Action >= ModerationAction.Review;
    }

    private static FunctionalCase Parse(string line)
    {
        using JsonDocument doc = JsonDocument.Parse(line);
        JsonElement root = doc.RootElement;
        string id = RequiredString(root, "id");
        string text = RequiredString(root, "text");
        string lang = RequiredString(root, "lang");
        string functionality = RequiredString(root, "functionality");
        string expect = RequiredString(root, "expect");
        bool expectFlag = expect switch
        {
            "flag" => true,
            "allow" => false,
            _ => throw new FormatException($"expect must be \"flag\" or \"allow\", not \"{expect}\""),
        };

        var labels = new List<HarmLabel>();
        foreach (JsonElement item in root.GetProperty("labels").EnumerateArray())
        {
            string name = item.GetString() ?? throw new FormatException("labels must be strings");
            if (!HarmLabelNames.TryParse(name, out HarmLabel label))
            {
                throw new FormatException($"unknown label \"{name}\"");
            }

            labels.Add(label);
        }

        if (expectFlag != (labels.Count > 0))
        {
            throw new FormatException($"{id}: a \"flag\" case needs labels and an \"allow\" case none");
        }

        return new FunctionalCase(id, text, lang, labels, functionality, expectFlag);
    }

    private static string RequiredString(JsonElement root, string name)
    {
        string? value = root.GetProperty(name).GetString();
        return string.IsNullOrWhiteSpace(value) ? throw new FormatException($"\"{name}\" is empty") : value;
    }
}
