using DoxGuard.Harms;

namespace DoxGuard.Policy;

/// <summary>Whether the configured policy acts, or only records what it would do.</summary>
public enum PolicyMode
{
    /// <summary>The configured policy decides.</summary>
    Enforce,

    /// <summary>
    /// The baseline decides; the configured policy's verdict is recorded in <see cref="ModerationDecision.Shadow"/>,
    /// so a new configuration can be watched on live traffic before it acts.
    /// </summary>
    Shadow,
}

/// <summary>
/// The moderation policy's settings, read from <c>config/policy.json</c> (or the file named by
/// <c>DOXGUARD_POLICY</c>) and validated at load: editable without a build.
/// </summary>
public sealed class ModerationPolicyOptions
{
    /// <summary>Environment variable naming the policy file.</summary>
    public const string PathVariable = "DOXGUARD_POLICY";

    /// <summary>Key of the thresholds used for a language with none of its own.</summary>
    public const string DefaultLanguage = "default";

    /// <summary>Enforce or shadow.</summary>
    /// <value>The default value is <see cref="PolicyMode.Enforce"/>.</value>
    public PolicyMode Mode { get; set; } = PolicyMode.Enforce;

    /// <summary>
    /// Per language ("en", "es" or "default"), per label wire name: the score at which the label is reported.
    /// A label missing for a language falls back to "default", then to 0.5.
    /// </summary>
    public Dictionary<string, Dictionary<string, double>> Thresholds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A post whose score for some label is within this margin under that label's threshold goes to review:
    /// uncertain cases are seen by a person instead of being allowed.
    /// </summary>
    /// <value>The default value is 0 (off).</value>
    public double ReviewBand { get; set; }

    /// <summary>In shadow mode, the single threshold of the acting baseline (<see cref="BaselinePolicy"/>).</summary>
    /// <value>The default value is 0.5.</value>
    public double BaselineThreshold { get; set; } = 0.5;

    /// <summary>Where these options were read from (a path, or "embedded").</summary>
    public string Source { get; set; } = "defaults";

    /// <summary>The threshold of <paramref name="label"/> in <paramref name="language"/>.</summary>
    public double Threshold(string language, HarmLabel label)
    {
        string name = label.ToWireName();
        if (Thresholds.TryGetValue(language, out var own) && own.TryGetValue(name, out double t))
        {
            return t;
        }

        return Thresholds.TryGetValue(DefaultLanguage, out var fallback) && fallback.TryGetValue(name, out double d) ? d : 0.5;
    }

    /// <summary>Fails fast with a message naming the bad setting.</summary>
    public void Validate()
    {
        foreach ((string language, Dictionary<string, double> labels) in Thresholds)
        {
            if (language != DefaultLanguage && (language.Length != 2 || !language.All(char.IsAsciiLetterLower)))
            {
                throw new PolicyConfigurationException($"thresholds.{language}: a language must be a two-letter lower-case code or \"default\".");
            }

            foreach ((string label, double value) in labels)
            {
                if (!HarmLabelNames.TryParse(label, out _))
                {
                    throw new PolicyConfigurationException(
                        $"thresholds.{language}.{label}: unknown label; expected one of {string.Join(", ", HarmLabelNames.All.Select(l => l.ToWireName()))}.");
                }

                if (double.IsNaN(value) || value <= 0 || value > 1)
                {
                    throw new PolicyConfigurationException($"thresholds.{language}.{label}: {value} is not a score in (0, 1].");
                }
            }
        }

        if (double.IsNaN(ReviewBand) || ReviewBand < 0 || ReviewBand > 0.5)
        {
            throw new PolicyConfigurationException($"reviewBand: {ReviewBand} must be between 0 and 0.5.");
        }

        if (double.IsNaN(BaselineThreshold) || BaselineThreshold <= 0 || BaselineThreshold > 1)
        {
            throw new PolicyConfigurationException($"baselineThreshold: {BaselineThreshold} is not a score in (0, 1].");
        }
    }
}

/// <summary>A policy file that cannot be used; the message names the setting and what to fix.</summary>
public sealed class PolicyConfigurationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PolicyConfigurationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public PolicyConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PolicyConfigurationException()
    {
    }
}
