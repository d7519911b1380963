using System.Text.Json;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Training;

/// <summary>A post with its gold labels, as the corpus and any evaluation file hold it (JSON Lines).</summary>
/// <param name="Id">The post's id.</param>
/// <param name="Text">The post.</param>
/// <param name="Lang">Language tag when given; detected otherwise.</param>
/// <param name="Labels">Gold harm labels (empty for harmless posts).</param>
public sealed record LabelledPost(string Id, string Text, string? Lang, IReadOnlyList<HarmLabel> Labels)
{
    /// <summary>The corpus split ("train", "dev", "test"...), when given.</summary>
    public string? Split { get; init; }

    /// <summary>The wording family (posts written from one frame share it), when given.</summary>
    public string? Group { get; init; }

    /// <summary>The gold action, when the file gives one.</summary>
    public ModerationAction? Action { get; init; }

    /// <summary>Relative weight in training; outside sets count for less than the project's own corpus.</summary>
    public float Weight { get; init; } = 1f;

    /// <summary>Where the post came from ("corpus", "ghc"), for reports.</summary>
    public string Source { get; init; } = "corpus";

    /// <summary>True when <paramref name="label"/> is among the gold labels.</summary>
    public bool Has(HarmLabel label) => Labels.Contains(label);
}

/// <summary>Reads labelled JSON Lines: <c>{"id","text","lang","labels":[...],"split","action"}</c>.</summary>
public static class LabelledPostReader
{
    /// <summary>Reads one file. Lines that are not labelled posts are reported through <paramref name="onError"/>.</summary>
    public static List<LabelledPost> ReadFile(string path, Action<string>? onError = null)
    {
        var posts = new List<LabelledPost>();
        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, out LabelledPost? post, out string? error))
            {
                posts.Add(post!);
            }
            else
            {
                onError?.Invoke($"{Path.GetFileName(path)}:{lineNumber}: {error}");
            }
        }

        return posts;
    }

    /// <summary>Reads every <c>*.jsonl</c> file of a directory, in name order so that runs are reproducible.</summary>
    public static List<LabelledPost> ReadDirectory(string directory, Action<string>? onError = null)
    {
        var posts = new List<LabelledPost>();
        foreach (string file in Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal))
        {
            posts.AddRange(ReadFile(file, onError));
        }

        return posts;
    }

    /// <summary>Parses one line.</summary>
    public static bool TryParse(string line, out LabelledPost? post, out string? error)
    {
        post = null;
        try
        {
            using var doc = JsonDocument.Parse(line);
            JsonElement root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return false;
            }

            string? id = root.TryGetProperty("id", out JsonElement idEl) ? idEl.ToString() : null;
            string? text = root.TryGetProperty("text", out JsonElement textEl) && textEl.ValueKind == JsonValueKind.String ? textEl.GetString() : null;
            if (id is null || text is null)
            {
                error = "missing id or text";
                return false;
            }

            var labels = new List<HarmLabel>();
            if (root.TryGetProperty("labels", out JsonElement labelsEl) && labelsEl.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement l in labelsEl.EnumerateArray())
                {
                    if (l.ValueKind == JsonValueKind.String && HarmLabelNames.TryParse(l.GetString()!, out HarmLabel label) && !labels.Contains(label))
                    {
                        labels.Add(label);
                    }
                }
            }
            else
            {
                error = "missing labels array";
                return false;
            }

            ModerationAction? action = null;
            if (root.TryGetProperty("action", out JsonElement actionEl) && actionEl.ValueKind == JsonValueKind.String
                && PolicyNames.TryParseAction(actionEl.GetString()!, out ModerationAction parsed))
            {
                action = parsed;
            }

            labels.Sort();
            post = new LabelledPost(id, text, Str(root, "lang"), labels) { Split = Str(root, "split"), Group = Str(root, "group"), Action = action };
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"invalid JSON ({ex.Message})";
            return false;
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out JsonElement el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
