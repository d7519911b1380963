using System.Globalization;
using System.Text;
using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Training;

/// <summary>Precision, recall and F1 of one label in one language.</summary>
/// <param name="TruePositives">Posts with the label, found.</param>
/// <param name="FalsePositives">Posts without it, labelled.</param>
/// <param name="FalseNegatives">Posts with it, missed.</param>
public readonly record struct LabelCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Precision; 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall; 1 when there was nothing to find.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; 1 when there was nothing to find and nothing was predicted.</summary>
    public double F1 => TruePositives + FalsePositives + FalseNegatives == 0 ? 1 : 2.0 * TruePositives / ((2.0 * TruePositives) + FalsePositives + FalseNegatives);
}

/// <summary>
/// Per-label, per-language precision/recall/F1, the confusion of actions, and the two operating figures the issue
/// asks for: harmful-post recall (sent to review or worse) and the share of harmless posts sent to review or worse.
/// </summary>
public sealed class EvaluationReport
{
    private readonly Dictionary<(string Lang, HarmLabel Label), LabelCounts> _counts = [];
    private readonly int[,] _actions = new int[5, 5];
    private readonly Dictionary<string, (int Harmful, int HarmfulCaught, int Harmless, int HarmlessFlagged, int Posts)> _operating = [];

    /// <summary>Languages seen, sorted.</summary>
    public IReadOnlyList<string> Languages => [.. _operating.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Counts of one label in one language.</summary>
    public LabelCounts Counts(string language, HarmLabel label) => _counts.GetValueOrDefault((language, label));

    /// <summary>Mean F1 over the four labels in <paramref name="language"/>.</summary>
    public double MacroF1(string language) => HarmLabelNames.All.Average(l => Counts(language, l).F1);

    /// <summary>Posts whose gold action was <paramref name="expected"/> and were given <paramref name="actual"/>.</summary>
    public int ActionCount(ModerationAction expected, ModerationAction actual) => _actions[(int)expected, (int)actual];

    /// <summary>Share of harmful posts (any gold label) sent to review or worse.</summary>
    public double HarmfulRecall(string language) =>
        _operating.TryGetValue(language, out var o) && o.Harmful > 0 ? (double)o.HarmfulCaught / o.Harmful : 1;

    /// <summary>Share of harmless posts (no gold label) sent to review or worse.</summary>
    public double HarmlessFlaggedRate(string language) =>
        _operating.TryGetValue(language, out var o) && o.Harmless > 0 ? (double)o.HarmlessFlagged / o.Harmless : 0;

    /// <summary>Scores the whole engine (recognizers, classifier, policy) on labelled posts.</summary>
    /// <param name="engine">The engine under test.</param>
    /// <param name="policy">Derives the expected action of posts whose file gives none, from their gold labels.</param>
    /// <param name="posts">The labelled posts.</param>
    public static EvaluationReport Evaluate(ScanEngine engine, IModerationPolicy policy, IEnumerable<LabelledPost> posts)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(policy);
        var report = new EvaluationReport();
        foreach (LabelledPost post in posts)
        {
            ScanResult result = engine.Scan(new ScanRequest(post.Id, post.Text) { Lang = post.Lang });
            ModerationAction expected = post.Action ?? ExpectedAction(policy, result, post);
            report.Add(result.Language, post.Labels, result.Labels, expected, result.Action);
        }

        return report;
    }

    /// <summary>Scores raw classifier outputs at given thresholds (used while training: no actions).</summary>
    internal static EvaluationReport FromScores(
        IEnumerable<(LabelledPost Post, string Language, HarmScores Scores)> rows,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> thresholds)
    {
        var report = new EvaluationReport();
        foreach ((LabelledPost post, string language, HarmScores scores) in rows)
        {
            var predicted = HarmLabelNames.All.Where(l => scores[l] >= ThresholdFor(thresholds, language, l)).ToList();
            report.AddLabels(language, post.Labels, predicted);
        }

        return report;
    }

    /// <summary>A language's threshold for a label, or <c>default</c>'s when the language has none (as the policy reads them).</summary>
    internal static double ThresholdFor(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> thresholds, string language, HarmLabel label) =>
        (thresholds.TryGetValue(language, out var own) ? own : thresholds[ModerationPolicyOptions.DefaultLanguage])[label.ToWireName()];

    private static ModerationAction ExpectedAction(IModerationPolicy policy, ScanResult result, LabelledPost post)
    {
        var gold = new HarmScores(
            post.Has(HarmLabel.Dox) ? 1 : 0, post.Has(HarmLabel.Threat) ? 1 : 0,
            post.Has(HarmLabel.Bounty) ? 1 : 0, post.Has(HarmLabel.Coordination) ? 1 : 0);
        ModerationDecision decision = policy.Decide(new PolicyInput(result.Language, new HarmAssessment(gold, []), result.Entities));
        return decision.Action;
    }

    private void Add(string language, IReadOnlyList<HarmLabel> gold, IReadOnlyList<HarmLabel> predicted, ModerationAction expected, ModerationAction actual)
    {
        AddLabels(language, gold, predicted);
        _actions[(int)expected, (int)actual]++;
        var o = _operating[language];
        bool flagged = actual >= ModerationAction.Review;
        if (gold.Count > 0)
        {
            o.Harmful++;
            o.HarmfulCaught += flagged ? 1 : 0;
        }
        else
        {
            o.Harmless++;
            o.HarmlessFlagged += flagged ? 1 : 0;
        }

        _operating[language] = o;
    }

    private void AddLabels(string language, IReadOnlyList<HarmLabel> gold, IReadOnlyList<HarmLabel> predicted)
    {
        var o = _operating.GetValueOrDefault(language);
        o.Posts++;
        _operating[language] = o;
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            bool g = gold.Contains(label);
            bool p = predicted.Contains(label);
            LabelCounts c = _counts.GetValueOrDefault((language, label));
            _counts[(language, label)] = c with
            {
                TruePositives = c.TruePositives + (g && p ? 1 : 0),
                FalsePositives = c.FalsePositives + (!g && p ? 1 : 0),
                FalseNegatives = c.FalseNegatives + (g && !p ? 1 : 0),
            };
        }
    }

    /// <summary>The report as a plain-text table.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        foreach (string lang in Languages)
        {
            sb.Append(inv, $"language {lang} ({_operating[lang].Posts} posts)\n");
            sb.Append("  label          P      R      F1     TP    FP    FN\n");
            foreach (HarmLabel label in HarmLabelNames.All)
            {
                LabelCounts c = Counts(lang, label);
                sb.Append(inv, $"  {label.ToWireName(),-12} {c.Precision,6:F3} {c.Recall,6:F3} {c.F1,6:F3} {c.TruePositives,5} {c.FalsePositives,5} {c.FalseNegatives,5}\n");
            }

            sb.Append(inv, $"  macro-F1 {MacroF1(lang):F3}");
            var o = _operating[lang];
            if (o.Harmful + o.Harmless > 0)
            {
                sb.Append(inv, $"; harmful recall (review or worse) {HarmfulRecall(lang):F3}; harmless sent to review or worse {HarmlessFlaggedRate(lang):P1}");
            }

            sb.Append('\n');
        }

        int total = 0;
        foreach (int n in _actions)
        {
            total += n;
        }

        if (total > 0)
        {
            sb.Append("actions (rows: expected, columns: actual)\n");
            sb.Append(' ', 12);
            foreach (ModerationAction a in Enum.GetValues<ModerationAction>())
            {
                sb.Append(inv, $"{a.ToWireName(),10}");
            }

            sb.Append('\n');
            foreach (ModerationAction e in Enum.GetValues<ModerationAction>())
            {
                sb.Append(inv, $"  {e.ToWireName(),-10}");
                foreach (ModerationAction a in Enum.GetValues<ModerationAction>())
                {
                    sb.Append(inv, $"{_actions[(int)e, (int)a],10}");
                }

                sb.Append('\n');
            }
        }

        return sb.ToString();
    }
}
