using DoxGuard.Harms;

namespace DoxGuard.Training;

/// <summary>
/// Reads the Gab Hate Corpus train split (TSV: text, hd, cv, vo). A call for violence (cv = 1) is a threat under the
/// contract ("a wish or call for violence against a person or group"); everything else, hateful or vulgar posts
/// included, is a real-world negative for all four labels: the product judges acts, not tone or viewpoint. GHC has no
/// dox, bounty or coordination labels, so it only ever adds negatives for those.
/// </summary>
internal static class GabHateCorpusReader
{
    public const string RelativePath = "gab-hate-corpus/ghc_train.tsv";

    public static List<LabelledPost> Read(string path, float weight)
    {
        var posts = new List<LabelledPost>();
        using var reader = new StreamReader(path);
        string? header = reader.ReadLine();
        if (header is null || !header.StartsWith("text\t", StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{path}: expected a header 'text<TAB>hd<TAB>cv<TAB>vo'.");
        }

        var record = new System.Text.StringBuilder();
        string? line;
        int n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            // A quoted text may span lines; a record ends on the line that ends with its three 0/1 labels.
            if (record.Length > 0)
            {
                record.Append('\n');
            }

            record.Append(line);
            if (!EndsWithLabels(line))
            {
                continue;
            }

            string current = record.ToString();
            record.Clear();
            string[] fields = current.Split('\t');
            string text = Unquote(string.Join('\t', fields[..^3]));
            bool cv = fields[^2].Trim() == "1";
            if (text.Length == 0)
            {
                continue;
            }

            n++;
            posts.Add(new LabelledPost($"ghc-{n}", text, "en", cv ? [HarmLabel.Threat] : [])
            {
                Split = "train",
                Weight = weight,
                Source = "ghc",
            });
        }

        return posts;
    }

    private static bool EndsWithLabels(string line) =>
        line.Length >= 6 && line[^6] == '\t' && line[^4] == '\t' && line[^2] == '\t'
        && line[^5] is '0' or '1' && line[^3] is '0' or '1' && line[^1] is '0' or '1';

    private static string Unquote(string field)
    {
        if (field.Length >= 2 && field[0] == '"' && field[^1] == '"')
        {
            return field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal);
        }

        return field;
    }
}
