namespace DoxGuard.Analysis;

/// <summary>Settings of the detection engine. Defaults live here and are written in each member's doc.</summary>
public sealed class ScanEngineOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Engine";

    /// <summary>Entities scored under this are dropped.</summary>
    /// <value>The default value is 0.5.</value>
    public double MinEntityScore { get; set; } = 0.5;

    /// <summary>Whether results carry the redacted text.</summary>
    /// <value>The default value is false.</value>
    public bool Redact { get; set; }

    /// <summary>Fails fast with a message naming the bad setting.</summary>
    public void Validate()
    {
        if (MinEntityScore is < 0 or > 1 || double.IsNaN(MinEntityScore))
        {
            throw new ArgumentOutOfRangeException(nameof(MinEntityScore), MinEntityScore, "Engine:MinEntityScore must be between 0 and 1.");
        }
    }
}
