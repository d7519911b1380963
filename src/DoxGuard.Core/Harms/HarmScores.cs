namespace DoxGuard.Harms;

/// <summary>A 0..1 score per harm label; higher means more likely, comparable across posts.</summary>
public readonly record struct HarmScores(double Dox, double Threat, double Bounty, double Coordination)
{
    /// <summary>All scores zero.</summary>
    public static HarmScores None => default;

    /// <summary>The score of <paramref name="label"/>.</summary>
    public double this[HarmLabel label] => label switch
    {
        HarmLabel.Dox => Dox,
        HarmLabel.Threat => Threat,
        HarmLabel.Bounty => Bounty,
        HarmLabel.Coordination => Coordination,
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>A copy with <paramref name="label"/> set to <paramref name="value"/>.</summary>
    public HarmScores With(HarmLabel label, double value) => label switch
    {
        HarmLabel.Dox => this with { Dox = value },
        HarmLabel.Threat => this with { Threat = value },
        HarmLabel.Bounty => this with { Bounty = value },
        HarmLabel.Coordination => this with { Coordination = value },
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };
}
