using System.Text.Json;

namespace DoxGuard.Registry;

/// <summary>Reads one JSON Lines registry record; every problem is reported in words that name the field, never the value.</summary>
internal static class RecordReader
{
    private static readonly string[] ListFields = ["names", "addresses", "phones", "emails", "plates", "relatives"];

    public static ProtectedRecord? TryRead(string line, out string? error)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON (at byte {ex.BytePositionInLine ?? 0})";
            return null;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return null;
            }

            if (!root.TryGetProperty("id", out JsonElement idElement) || idElement.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(idElement.GetString()))
            {
                error = "missing 'id' (a non-empty string)";
                return null;
            }

            var lists = new List<string>[ListFields.Length];
            int details = 0;
            for (int f = 0; f < ListFields.Length; f++)
            {
                lists[f] = [];
                if (!root.TryGetProperty(ListFields[f], out JsonElement array) || array.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                if (array.ValueKind != JsonValueKind.Array)
                {
                    error = $"'{ListFields[f]}' must be an array of strings";
                    return null;
                }

                int i = 0;
                foreach (JsonElement item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                    {
                        error = $"'{ListFields[f]}[{i}]' must be a non-empty string";
                        return null;
                    }

                    lists[f].Add(item.GetString()!);
                    details++;
                    i++;
                }
            }

            foreach (JsonProperty property in root.EnumerateObject())
            {
                if (property.Name != "id" && Array.IndexOf(ListFields, property.Name) < 0)
                {
                    error = $"unknown field '{property.Name}' (expected id, {string.Join(", ", ListFields)})";
                    return null;
                }
            }

            if (details == 0)
            {
                error = "the record has no details to protect";
                return null;
            }

            error = null;
            return new ProtectedRecord(idElement.GetString()!.Trim(), lists[0], lists[1], lists[2], lists[3], lists[4], lists[5]);
        }
    }
}
