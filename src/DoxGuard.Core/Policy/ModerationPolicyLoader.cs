using System.Reflection;
using System.Text.Json;

namespace DoxGuard.Policy;

/// <summary>
/// Reads and validates the policy file. Where it is looked for, first hit wins: an explicit path, the file named by
/// <c>DOXGUARD_POLICY</c>, <c>config/policy.json</c> under the working directory or any parent of the program's
/// directory (so <c>./doxguard</c> from a clone reads the clone's file), and last the copy embedded at build time.
/// </summary>
public static class ModerationPolicyLoader
{
    private const string ResourceName = "DoxGuard.Policy.policy.json";
    private static readonly string RelativePath = Path.Combine("config", "policy.json");

    /// <summary>Loads the policy options; throws <see cref="PolicyConfigurationException"/> on a bad file.</summary>
    public static ModerationPolicyOptions Load(string? path = null)
    {
        string? resolved = path ?? Environment.GetEnvironmentVariable(ModerationPolicyOptions.PathVariable);
        if (!string.IsNullOrWhiteSpace(resolved))
        {
            if (!File.Exists(resolved))
            {
                throw new PolicyConfigurationException($"{ModerationPolicyOptions.PathVariable}: policy file '{resolved}' does not exist.");
            }

            return Parse(File.ReadAllText(resolved), resolved);
        }

        string? found = FindFile();
        if (found is not null)
        {
            return Parse(File.ReadAllText(found), found);
        }

        using Stream? stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return new ModerationPolicyOptions();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "embedded");
    }

    /// <summary>Parses and validates policy JSON; <paramref name="source"/> names it in error messages.</summary>
    public static ModerationPolicyOptions Parse(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new PolicyConfigurationException($"{source}: not valid JSON ({ex.Message}).", ex);
        }

        using (doc)
        {
            var options = new ModerationPolicyOptions { Source = source };
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyConfigurationException($"{source}: the policy must be a JSON object.");
            }

            try
            {
                foreach (JsonProperty setting in doc.RootElement.EnumerateObject())
                {
                    switch (setting.Name)
                    {
                        case "mode":
                            options.Mode = setting.Value.GetString() switch
                            {
                                "enforce" => PolicyMode.Enforce,
                                "shadow" => PolicyMode.Shadow,
                                string other => throw new PolicyConfigurationException($"mode: '{other}' is not \"enforce\" or \"shadow\"."),
                                null => throw new PolicyConfigurationException("mode: must be \"enforce\" or \"shadow\"."),
                            };
                            break;
                        case "thresholds":
                            ReadThresholds(setting.Value, options);
                            break;
                        case "reviewBand":
                            options.ReviewBand = Number(setting.Value, "reviewBand");
                            break;
                        case "baselineThreshold":
                            options.BaselineThreshold = Number(setting.Value, "baselineThreshold");
                            break;
                        case "$comment" or "_comment":
                            break;
                        default:
                            throw new PolicyConfigurationException(
                                $"{setting.Name}: unknown setting; expected mode, thresholds, reviewBand or baselineThreshold.");
                    }
                }

                options.Validate();
            }
            catch (PolicyConfigurationException ex)
            {
                throw new PolicyConfigurationException($"{source}: {ex.Message}", ex);
            }
            catch (InvalidOperationException ex)
            {
                throw new PolicyConfigurationException($"{source}: mode must be a string ({ex.Message}).", ex);
            }

            return options;
        }
    }

    private static void ReadThresholds(JsonElement element, ModerationPolicyOptions options)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new PolicyConfigurationException("thresholds: must be an object of languages.");
        }

        foreach (JsonProperty language in element.EnumerateObject())
        {
            if (language.Value.ValueKind != JsonValueKind.Object)
            {
                throw new PolicyConfigurationException($"thresholds.{language.Name}: must be an object of labels to scores.");
            }

            var labels = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (JsonProperty label in language.Value.EnumerateObject())
            {
                labels[label.Name] = Number(label.Value, $"thresholds.{language.Name}.{label.Name}");
            }

            options.Thresholds[language.Name] = labels;
        }
    }

    private static double Number(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Number ? element.GetDouble() : throw new PolicyConfigurationException($"{name}: must be a number.");

    private static string? FindFile()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? dir = new(start); dir is not null; dir = dir.Parent)
            {
                string candidate = Path.Combine(dir.FullName, RelativePath);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
