namespace DoxGuard.Harms;

/// <summary>The harms the product judges (contract.md, "labels").</summary>
public enum HarmLabel
{
    /// <summary>Exposes private identifying information of a specific person without consent.</summary>
    Dox,

    /// <summary>Threat, wish or call for violence, or targeting information given for an attack.</summary>
    Threat,

    /// <summary>Offers money or reward for harming a person or for their private information.</summary>
    Bounty,

    /// <summary>Calls on others to act against a specific target.</summary>
    Coordination,
}

/// <summary>Wire names of <see cref="HarmLabel"/>.</summary>
public static class HarmLabelNames
{
    /// <summary>All labels in contract order.</summary>
    public static IReadOnlyList<HarmLabel> All { get; } = [HarmLabel.Dox, HarmLabel.Threat, HarmLabel.Bounty, HarmLabel.Coordination];

    /// <summary>The contract name, e.g. <c>dox</c>.</summary>
    public static string ToWireName(this HarmLabel label) => label switch
    {
        HarmLabel.Dox => "dox",
        HarmLabel.Threat => "threat",
        HarmLabel.Bounty => "bounty",
        HarmLabel.Coordination => "coordination",
        _ => throw new ArgumentOutOfRangeException(nameof(label)),
    };

    /// <summary>Parses a contract name; false when it is not one.</summary>
    public static bool TryParse(string name, out HarmLabel label)
    {
        foreach (HarmLabel candidate in All)
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                label = candidate;
                return true;
            }
        }

        label = default;
        return false;
    }
}
