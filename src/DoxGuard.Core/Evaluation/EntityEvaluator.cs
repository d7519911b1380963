using System.Globalization;
using System.Text;
using System.Text.Json;
using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Evaluation;

/// <summary>A labelled span of a gold-standard sentence.</summary>
/// <param name="Type">Entity type.</param>
/// <param name="Start">UTF-16 start.</param>
/// <param name="End">UTF-16 end, exclusive.</param>
public readonly record struct GoldSpan(EntityType Type, int Start, int End);

/// <summary>Precision and recall counts for one entity type (or all together).</summary>
public sealed class SpanCounts
{
    /// <summary>Predicted spans that overlap a gold span of the same type.</summary>
    public int TruePositives { get; internal set; }

    /// <summary>Predicted spans that overlap none.</summary>
    public int FalsePositives { get; internal set; }

    /// <summary>Gold spans that some predicted span of the same type overlaps.</summary>
    public int Found { get; internal set; }

    /// <summary>Gold spans that no predicted span of the same type overlaps.</summary>
    public int Missed { get; internal set; }

    /// <summary>TP / (TP + FP).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Found / (Found + Missed).</summary>
    public double Recall => Found + Missed == 0 ? 1 : (double)Found / (Found + Missed);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The outcome of an entity evaluation, with the misses for error analysis.</summary>
public sealed class EntityEvaluation
{
    /// <summary>All evaluated types together.</summary>
    public SpanCounts Overall { get; } = new();

    /// <summary>Per type.</summary>
    public SortedDictionary<EntityType, SpanCounts> ByType { get; } = [];

    /// <summary>Sentences read.</summary>
    public int Sentences { get; internal set; }

    /// <summary>Up to 200 errors: "missed TYPE 'text' in id" / "spurious TYPE 'text' in id".</summary>
    public List<string> Errors { get; } = [];

    /// <summary>A plain-text report: one line per type and one overall.</summary>
    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-16} {"precision",9} {"recall",7} {"f1",6} {"gold",6} {"pred",6}");
        foreach ((EntityType type, SpanCounts c) in ByType)
        {
            Line(sb, type.ToWireName(), c);
        }

        Line(sb, "ALL", Overall);
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string name, SpanCounts c) =>
        sb.AppendLine(CultureInfo.InvariantCulture, $"{name,-16} {c.Precision,9:F3} {c.Recall,7:F3} {c.F1,6:F3} {c.Found + c.Missed,6} {c.TruePositives + c.FalsePositives,6}");
}

/// <summary>
/// Measures entity recognition against labelled sentences (JSON Lines: <c>{"id","text","entities":[{"type","start","end"}]}</c>),
/// matching spans by overlap within each type, over a chosen set of types.
/// </summary>
public static class EntityEvaluator
{
    /// <summary>The seven types of the project's headline precision/recall figure.</summary>
    public static IReadOnlySet<EntityType> HeadlineTypes { get; } = new HashSet<EntityType>
    {
        EntityType.Person, EntityType.StreetAddress, EntityType.PhoneNumber, EntityType.EmailAddress,
        EntityType.CreditCard, EntityType.UsSsn, EntityType.IpAddress,
    };

    /// <summary>Evaluates <paramref name="engine"/> on every line of <paramref name="path"/>.</summary>
    public static EntityEvaluation Evaluate(ScanEngine engine, string path, IReadOnlySet<EntityType>? types = null)
    {
        types ??= HeadlineTypes;
        var result = new EntityEvaluation();
        foreach (EntityType type in types)
        {
            result.ByType[type] = new SpanCounts();
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            (string id, string text, string? lang, List<GoldSpan> gold) = ParseLine(line, lineNumber);
            result.Sentences++;
            gold.RemoveAll(g => !types.Contains(g.Type));
            var predicted = engine.FindEntities(text, lang).Where(e => types.Contains(e.Type)).ToList();

            foreach (Entity p in predicted)
            {
                bool hit = gold.Any(g => g.Type == p.Type && g.Start < p.End && p.Start < g.End);
                Count(result, p.Type, c => { if (hit) { c.TruePositives++; } else { c.FalsePositives++; } });
                if (!hit)
                {
                    Note(result, $"spurious {p.Type.ToWireName()} '{text[p.Start..p.End]}' in {id}");
                }
            }

            foreach (GoldSpan g in gold)
            {
                bool found = predicted.Any(p => p.Type == g.Type && g.Start < p.End && p.Start < g.End);
                Count(result, g.Type, c => { if (found) { c.Found++; } else { c.Missed++; } });
                if (!found)
                {
                    Note(result, $"missed {g.Type.ToWireName()} '{text[g.Start..g.End]}' in {id}");
                }
            }
        }

        return result;
    }

    private static void Count(EntityEvaluation result, EntityType type, Action<SpanCounts> update)
    {
        update(result.ByType[type]);
        update(result.Overall);
    }

    private static void Note(EntityEvaluation result, string error)
    {
        if (result.Errors.Count < 200)
        {
            result.Errors.Add(error.Replace('\n', ' '));
        }
    }

    private static (string Id, string Text, string? Lang, List<GoldSpan> Gold) ParseLine(string line, int lineNumber)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            string id = root.TryGetProperty("id", out JsonElement idElement) ? idElement.ToString() : $"line:{lineNumber}";
            string text = root.GetProperty("text").GetString() ?? throw new FormatException("text is null");
            string? lang = root.TryGetProperty("lang", out JsonElement langElement) ? langElement.GetString() : null;
            var gold = new List<GoldSpan>();
            if (root.TryGetProperty("entities", out JsonElement entities))
            {
                foreach (JsonElement e in entities.EnumerateArray())
                {
                    string type = e.GetProperty("type").GetString() ?? "";
                    if (!EntityTypeNames.TryParse(type, out EntityType t))
                    {
                        throw new FormatException($"unknown entity type '{type}'");
                    }

                    gold.Add(new GoldSpan(t, e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()));
                }
            }

            return (id, text, lang, gold);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new FormatException($"line {lineNumber}: {ex.Message}", ex);
        }
    }
}
