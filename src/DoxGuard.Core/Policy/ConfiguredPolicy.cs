using DoxGuard.Entities;
using DoxGuard.Harms;

namespace DoxGuard.Policy;

/// <summary>
/// The product's policy (docs/policy.md), with thresholds per label and language from configuration:
/// <list type="bullet">
/// <item>bounty, or dox together with threat: escalate (critical);</item>
/// <item>dox, or a threat against a person: remove (high);</item>
/// <item>coordination: review (medium), or remove when it targets a protected person;</item>
/// <item>a score just under its threshold (within the review band): review;</item>
/// <item>sensitive personal information with no harm: label (low); otherwise allow.</item>
/// </list>
/// A protected-registry match raises the stakes: a registered home address or phone is removed at least, and any
/// registry match alongside a threat or bounty escalates. In shadow mode the baseline acts and this policy's verdict is
/// recorded beside it.
/// </summary>
internal sealed class ConfiguredPolicy : IModerationPolicy
{
    private readonly ModerationPolicyOptions _options;
    private readonly BaselinePolicy _baseline;

    // The thresholds of the two languages the detector returns, read once (options are validated, and so taken as
    // fixed, here): four lookups per label by string on every post cost more than the rest of the decision.
    private readonly double[] _english;
    private readonly double[] _spanish;

    public ConfiguredPolicy(ModerationPolicyOptions options)
    {
        options.Validate();
        _options = options;
        _baseline = new BaselinePolicy { LabelThreshold = options.BaselineThreshold };
        _english = ThresholdsOf(options, "en");
        _spanish = ThresholdsOf(options, "es");
    }

    private static double[] ThresholdsOf(ModerationPolicyOptions options, string language)
    {
        var thresholds = new double[Labels.Length];
        foreach (HarmLabel label in Labels)
        {
            thresholds[(int)label] = options.Threshold(language, label);
        }

        return thresholds;
    }

    private double Threshold(string language, HarmLabel label) => language switch
    {
        "en" => _english[(int)label],
        "es" => _spanish[(int)label],
        _ => _options.Threshold(language, label),
    };

    public ModerationPolicyOptions Options => _options;

    /// <inheritdoc />
    public ModerationDecision Decide(PolicyInput input)
    {
        ModerationDecision decision = DecideConfigured(input);
        if (_options.Mode == PolicyMode.Shadow)
        {
            return _baseline.Decide(input) with { Shadow = decision };
        }

        return decision;
    }

    private ModerationDecision DecideConfigured(PolicyInput input)
    {
        HarmScores scores = input.Assessment.Scores;
        int found = 0; // bit per label: a lambda over the list would allocate a closure per post
        bool uncertain = false;
        foreach (HarmLabel label in Labels)
        {
            double threshold = Threshold(input.Language, label);
            if (scores[label] >= threshold)
            {
                found |= 1 << (int)label;
            }
            else if (_options.ReviewBand > 0 && scores[label] >= threshold - _options.ReviewBand)
            {
                uncertain = true;
            }
        }

        IReadOnlyList<HarmLabel> labels = LabelSets[found];
        bool has(HarmLabel l) => (found & (1 << (int)l)) != 0;

        // Allocated with the first reason: most posts are allowed without one.
        List<string>? reasons = null;
        (ModerationAction action, Severity severity) = (has(HarmLabel.Bounty), has(HarmLabel.Dox), has(HarmLabel.Threat), has(HarmLabel.Coordination)) switch
        {
            (true, _, _, _) => (ModerationAction.Escalate, Severity.Critical),
            (_, true, true, _) => (ModerationAction.Escalate, Severity.Critical),
            (_, true, _, _) or (_, _, true, _) => (ModerationAction.Remove, Severity.High),
            (_, _, _, true) => (ModerationAction.Review, Severity.Medium),
            _ when uncertain => (ModerationAction.Review, Severity.Low),
            _ => (ModerationAction.Allow, Severity.None),
        };

        if (action >= ModerationAction.Review)
        {
            reasons = [.. input.Assessment.Evidence];

            // A threshold set under the classifier's evidence floor can report a label it did not explain.
            if (reasons.Count == 0)
            {
                // A loop, not a lambda: capturing the scores would allocate a closure on every post, not just here.
                for (int i = 0; i < labels.Count; i++)
                {
                    HarmLabel label = labels[i];
                    reasons.Add($"{label.ToWireName()} score {scores[label]:0.00}");
                }
            }

            if (labels.Count == 0)
            {
                reasons.Add("uncertain: a harm score is just under its threshold");
            }
        }
        else
        {
            string? sensitive = DescribeSensitive(input.Entities);
            if (sensitive is not null)
            {
                (action, severity) = (ModerationAction.Label, Severity.Low);
                reasons = [$"personal information ({sensitive}), no harm found"];
            }
        }

        ApplyRegistry(input.Entities, has(HarmLabel.Threat) || has(HarmLabel.Bounty), ref action, ref severity, ref reasons);
        return new ModerationDecision(action, severity, labels, reasons is null ? Array.Empty<string>() : reasons);
    }

    // The labels in contract order, as an array: a foreach over HarmLabelNames.All (an interface) allocates.
    private static readonly HarmLabel[] Labels = [.. HarmLabelNames.All];

    // Every set of found labels (bit per label), in contract order, built once: decisions share them read-only.
    private static readonly IReadOnlyList<HarmLabel>[] LabelSets = BuildLabelSets();

    private static IReadOnlyList<HarmLabel>[] BuildLabelSets()
    {
        var sets = new IReadOnlyList<HarmLabel>[1 << Labels.Length];
        for (int mask = 0; mask < sets.Length; mask++)
        {
            var set = new List<HarmLabel>(Labels.Length);
            foreach (HarmLabel label in Labels)
            {
                if ((mask & (1 << (int)label)) != 0)
                {
                    set.Add(label);
                }
            }

            sets[mask] = set.AsReadOnly();
        }

        return sets;
    }

    /// <summary>
    /// Registry rules are policy, not learned: the registry says who is at risk, which no post can teach a model.
    /// </summary>
    private static void ApplyRegistry(IReadOnlyList<Entity> entities, bool threatOrBounty, ref ModerationAction action, ref Severity severity, ref List<string>? reasons)
    {
        bool any = false;
        bool homeOrPhone = false;
        for (int entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            Entity entity = entities[entityIndex];
            if (entity.ProtectedRecordId is null)
            {
                continue;
            }

            any = true;
            homeOrPhone |= entity.Type is EntityType.StreetAddress or EntityType.PhoneNumber;
        }

        if (!any)
        {
            return;
        }

        if (threatOrBounty)
        {
            (action, severity) = (ModerationAction.Escalate, Severity.Critical);
            (reasons ??= []).Add("targets a person in the protected registry");
            return;
        }

        if (homeOrPhone)
        {
            if (action < ModerationAction.Remove)
            {
                (action, severity) = (ModerationAction.Remove, Severity.High);
            }

            (reasons ??= []).Add("registered home address or phone of a protected person");
            return;
        }

        // Any other match (a protected person's name, plate or email) raises severity one step and is at least labelled.
        severity = (Severity)Math.Min((int)Severity.Critical, (int)severity + 1);
        if (action < ModerationAction.Label)
        {
            action = ModerationAction.Label;
        }

        (reasons ??= []).Add("mentions details of a person in the protected registry");
    }

    private static string? DescribeSensitive(IReadOnlyList<Entity> entities)
    {
        // Kinds in order of first appearance, without a list: a bit per kind seen and at most eight slots.
        Span<int> order = stackalloc int[SensitiveKinds.Length];
        int seen = 0;
        int count = 0;
        for (int entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            int kind = entities[entityIndex].Type switch
            {
                EntityType.StreetAddress => 0,
                EntityType.PhoneNumber => 1,
                EntityType.EmailAddress => 2,
                EntityType.UsSsn => 3,
                EntityType.CreditCard => 4,
                EntityType.DateOfBirth => 5,
                EntityType.LicensePlate => 6,
                EntityType.GeoCoordinates => 7,
                _ => -1,
            };

            if (kind >= 0 && (seen & (1 << kind)) == 0)
            {
                seen |= 1 << kind;
                order[count++] = kind;
            }
        }

        switch (count)
        {
            case 0:
                return null;
            case 1:
                return SensitiveKinds[order[0]];
            default:
                string[] kinds = new string[count];
                for (int i = 0; i < count; i++)
                {
                    kinds[i] = SensitiveKinds[order[i]];
                }

                return string.Join(", ", kinds);
        }
    }

    private static readonly string[] SensitiveKinds =
        ["address", "phone", "email", "SSN", "card number", "date of birth", "license plate", "coordinates"];
}
