using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Training;

/// <summary>One out-of-fold scored post, as the threshold rule sees it.</summary>
/// <param name="Language">The post's language (only <c>en</c> and <c>es</c> take part in the choice).</param>
/// <param name="Group">Its wording family.</param>
/// <param name="Gold">Its gold labels.</param>
/// <param name="Scores">Its out-of-fold scores.</param>
internal sealed record ThresholdRow(string Language, string Group, IReadOnlyList<HarmLabel> Gold, HarmScores Scores);

/// <summary>What the rule chose for one language and label, and the two candidates it chose between.</summary>
internal readonly record struct ThresholdPick(double Own, double Pooled, double Chosen);

/// <summary>The thresholds the rule chose, with what it weighed.</summary>
internal sealed class ThresholdChoice
{
    internal ThresholdChoice(
        IReadOnlyDictionary<HarmLabel, double> pooled, IReadOnlyDictionary<(string Language, HarmLabel Label), ThresholdPick> picks, string curves)
    {
        Pooled = pooled;
        Picks = picks;
        Curves = curves;
    }

    /// <summary>Per label, the threshold best for both languages together; the policy's <c>default</c>.</summary>
    public IReadOnlyDictionary<HarmLabel, double> Pooled { get; }

    /// <summary>Per language and label: its own optimum, the pooled one, and the one chosen.</summary>
    public IReadOnlyDictionary<(string Language, HarmLabel Label), ThresholdPick> Picks { get; }

    /// <summary>One line per language and label (own, pooled, chosen, F1 at every other grid point), then each language's macro-F1.</summary>
    public string Curves { get; }

    /// <summary>
    /// The thresholds as <c>config/policy.json</c> holds them: <c>default</c> (pooled), then each language's chosen ones,
    /// labels in contract order.
    /// </summary>
    public Dictionary<string, IReadOnlyDictionary<string, double>> ForPolicy()
    {
        var result = new Dictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal)
        {
            [ModerationPolicyOptions.DefaultLanguage] = HarmLabelNames.All.ToDictionary(l => l.ToWireName(), l => Pooled[l], StringComparer.Ordinal),
        };
        foreach (string language in ThresholdRule.Languages)
        {
            result[language] = HarmLabelNames.All.ToDictionary(l => l.ToWireName(), l => Picks[(language, l)].Chosen, StringComparer.Ordinal);
        }

        return result;
    }
}

/// <summary>
/// The one rule that chooses the policy's thresholds from out-of-fold scores (docs/classifier.md, "Calibration").
/// Per label, the pooled threshold maximises the sum of the two languages' F1 on a grid from 0.2 to 0.6 by 0.025, ties
/// toward 0.5. A language takes its own optimum only when that is at least as good as the pooled threshold in each of
/// three parts of its wording families (split by a hash of the family's name), so a per-language choice has to hold on
/// families it was not read off; otherwise it takes the pooled one.
/// </summary>
/// <remarks>
/// It reproduces, to the bit, the Python script that chose the thresholds before the trainer did (tools/choose_thresholds.py,
/// removed): the same grid values, the same float arithmetic in the same order, the first grid point winning a full tie.
/// </remarks>
internal static class ThresholdRule
{
    /// <summary>The languages that get thresholds of their own, in the order they are reported.</summary>
    public static readonly IReadOnlyList<string> Languages = ["en", "es"];

    /// <summary>Parts of the families a per-language optimum must hold in.</summary>
    public const int Parts = 3;

    /// <summary>0.2, 0.225, ..., 0.6: each value the double nearest its decimal (as Python's <c>round(x, 3)</c> gives).</summary>
    public static readonly IReadOnlyList<double> Grid = [.. Enumerable.Range(0, 17).Select(i => (200 + (25 * i)) / 1000.0)];

    /// <summary>Chooses the thresholds; rows of languages other than <see cref="Languages"/> are ignored.</summary>
    public static ThresholdChoice Choose(IReadOnlyList<ThresholdRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var byLanguage = Languages.ToDictionary(l => l, l => rows.Where(r => r.Language == l).ToList(), StringComparer.Ordinal);
        var pooled = new Dictionary<HarmLabel, double>();
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            pooled[label] = Best(t =>
            {
                // Summed (not averaged, the same argmax) so that the arithmetic matches the script's to the bit.
                double sum = 0;
                foreach (string language in Languages)
                {
                    sum += F1(byLanguage[language], label, t);
                }

                return sum;
            });
        }

        var picks = new Dictionary<(string, HarmLabel), ThresholdPick>();
        var curves = new StringBuilder();
        IFormatProvider inv = CultureInfo.InvariantCulture;
        foreach (string language in Languages)
        {
            List<ThresholdRow> own = byLanguage[language];
            var parts = new List<ThresholdRow>[Parts];
            for (int k = 0; k < Parts; k++)
            {
                int part = k;
                parts[k] = [.. own.Where(r => Part(r.Group) == part)];
            }

            double macro = 0;
            foreach (HarmLabel label in HarmLabelNames.All)
            {
                double best = Best(t => F1(own, label, t));
                bool holds = parts.All(p => F1(p, label, best) >= F1(p, label, pooled[label]));
                var pick = new ThresholdPick(best, pooled[label], holds ? best : pooled[label]);
                picks[(language, label)] = pick;
                macro += F1(own, label, pick.Chosen);
                curves.Append(inv, $"{language} {label.ToWireName(),-13} own {G(pick.Own)} pooled {G(pick.Pooled)} -> {G(pick.Chosen)}  |");
                for (int i = 0; i < Grid.Count; i += 2)
                {
                    curves.Append(inv, $" {G(Grid[i])}:{F1(own, label, Grid[i]):F3}");
                }

                curves.Append('\n');
            }

            curves.Append(inv, $"{language} out-of-fold macro-F1 at the chosen thresholds: {macro / HarmLabelNames.All.Count:F4}\n");
        }

        return new ThresholdChoice(pooled, picks, curves.ToString());
    }

    /// <summary>
    /// The part (0, 1 or 2) of a wording family: the SHA-256 of its UTF-8 name read as a 256-bit big-endian number,
    /// modulo 3. A hash, not the folds' own bucket, so the parts cut across the folds the scores came from.
    /// </summary>
    public static int Part(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        int remainder = 0;
        foreach (byte b in SHA256.HashData(Encoding.UTF8.GetBytes(group)))
        {
            remainder = ((remainder * 256) + b) % Parts;
        }

        return remainder;
    }

    /// <summary>F1 of <paramref name="label"/> at <paramref name="threshold"/>; 0 when there is nothing to find and nothing found.</summary>
    public static double F1(IEnumerable<ThresholdRow> rows, HarmLabel label, double threshold)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (ThresholdRow r in rows)
        {
            bool predicted = r.Scores[label] >= threshold;
            bool gold = r.Gold.Contains(label);
            tp += predicted && gold ? 1 : 0;
            fp += predicted && !gold ? 1 : 0;
            fn += gold && !predicted ? 1 : 0;
        }

        return 2.0 * tp / Math.Max(1, (2 * tp) + fp + fn);
    }

    /// <summary>
    /// Reads the file <c>doxguard train --validation-scores PATH</c> writes (JSON Lines: <c>lang</c>, <c>group</c>,
    /// <c>gold</c>, <c>scores</c>); a post without a family is its own family, as in the folds.
    /// </summary>
    public static List<ThresholdRow> ReadScores(string path)
    {
        var rows = new List<ThresholdRow>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            JsonElement group = root.GetProperty("group");
            var gold = new List<HarmLabel>();
            foreach (JsonElement name in root.GetProperty("gold").EnumerateArray())
            {
                gold.Add(HarmLabelNames.TryParse(name.GetString() ?? string.Empty, out HarmLabel label)
                    ? label
                    : throw new InvalidDataException($"{path}: unknown label '{name.GetString()}'."));
            }

            JsonElement scores = root.GetProperty("scores");
            rows.Add(new ThresholdRow(
                root.GetProperty("lang").GetString() ?? string.Empty,
                group.ValueKind == JsonValueKind.String ? group.GetString()! : root.GetProperty("id").GetString() ?? string.Empty,
                gold,
                new HarmScores(
                    scores.GetProperty("dox").GetDouble(), scores.GetProperty("threat").GetDouble(),
                    scores.GetProperty("bounty").GetDouble(), scores.GetProperty("coordination").GetDouble())));
        }

        return rows;
    }

    /// <summary>
    /// The thresholds as the <c>"thresholds"</c> member of <c>config/policy.json</c>, indented as that file is and
    /// followed by its comma: pasted over the member, it leaves the rest of the file as it was.
    /// </summary>
    public static string FormatPolicyMember(IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var sb = new StringBuilder("  \"thresholds\": {\n");
        int i = 0;
        foreach ((string language, IReadOnlyDictionary<string, double> labels) in thresholds)
        {
            sb.Append(CultureInfo.InvariantCulture, $"    \"{language}\": {{\n");
            int j = 0;
            foreach ((string label, double value) in labels)
            {
                sb.Append(CultureInfo.InvariantCulture, $"      \"{label}\": {G(value)}{(++j < labels.Count ? "," : string.Empty)}\n");
            }

            sb.Append(++i < thresholds.Count ? "    },\n" : "    }\n");
        }

        return sb.Append("  },\n").ToString();
    }

    // The shortest text that reads back as the same double, as Python prints a float: 0.4, 0.375.
    private static string G(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    // The first grid point with the best (score, nearness to 0.5), as Python's max() with that key.
    private static double Best(Func<double, double> score)
    {
        double bestThreshold = Grid[0];
        double bestScore = score(bestThreshold);
        foreach (double t in Grid.Skip(1))
        {
            double s = score(t);
            if (s > bestScore || (s == bestScore && -Math.Abs(t - 0.5) > -Math.Abs(bestThreshold - 0.5)))
            {
                (bestScore, bestThreshold) = (s, t);
            }
        }

        return bestThreshold;
    }
}
