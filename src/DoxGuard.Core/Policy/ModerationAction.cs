namespace DoxGuard.Policy;

/// <summary>What the platform should do with a post (contract.md, "action"), in increasing order of force.</summary>
public enum ModerationAction
{
    /// <summary>Nothing to do.</summary>
    Allow,

    /// <summary>Keep the post but mark it (personal information, no harm).</summary>
    Label,

    /// <summary>Send to a human reviewer.</summary>
    Review,

    /// <summary>Take the post down.</summary>
    Remove,

    /// <summary>Take the post down and refer it: credible threat to life, bounty.</summary>
    Escalate,
}

/// <summary>How serious the harm is (contract.md, "severity"), in increasing order.</summary>
public enum Severity
{
    /// <summary>No harm.</summary>
    None,

    /// <summary>Minor.</summary>
    Low,

    /// <summary>Needs attention.</summary>
    Medium,

    /// <summary>Serious harm to a person.</summary>
    High,

    /// <summary>Danger to life.</summary>
    Critical,
}

/// <summary>Wire names of actions and severities.</summary>
public static class PolicyNames
{
    /// <summary>The contract name of an action.</summary>
    public static string ToWireName(this ModerationAction action) => action switch
    {
        ModerationAction.Allow => "allow",
        ModerationAction.Label => "label",
        ModerationAction.Review => "review",
        ModerationAction.Remove => "remove",
        ModerationAction.Escalate => "escalate",
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };

    /// <summary>The contract name of a severity.</summary>
    public static string ToWireName(this Severity severity) => severity switch
    {
        Severity.None => "none",
        Severity.Low => "low",
        Severity.Medium => "medium",
        Severity.High => "high",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Parses an action name.</summary>
    public static bool TryParseAction(string name, out ModerationAction action)
    {
        foreach (ModerationAction candidate in Enum.GetValues<ModerationAction>())
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                action = candidate;
                return true;
            }
        }

        action = default;
        return false;
    }

    /// <summary>Parses a severity name.</summary>
    public static bool TryParseSeverity(string name, out Severity severity)
    {
        foreach (Severity candidate in Enum.GetValues<Severity>())
        {
            if (string.Equals(candidate.ToWireName(), name, StringComparison.Ordinal))
            {
                severity = candidate;
                return true;
            }
        }

        severity = default;
        return false;
    }
}
