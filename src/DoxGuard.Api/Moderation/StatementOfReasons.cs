using System.Text.Json;
using DoxGuard.Storage;

namespace DoxGuard.Api.Moderation;

/// <summary>
/// A statement of reasons (DSA Art. 17) in the fields of the EU DSA Transparency Database's statement API, so that a
/// platform can forward it as is. It carries no post text and no personal details: only labels, entity types and the
/// reviewer's reason.
/// </summary>
public sealed record StatementOfReasons
{
    /// <summary>Restrictions of visibility, e.g. DECISION_VISIBILITY_CONTENT_REMOVED.</summary>
    public required IReadOnlyList<string> DecisionVisibility { get; init; }

    /// <summary>DECISION_GROUND_INCOMPATIBLE_CONTENT: the platform's rules against doxxing and threats.</summary>
    public required string DecisionGround { get; init; }

    /// <summary>The rule the content is incompatible with.</summary>
    public required string IncompatibleContentGround { get; init; }

    /// <summary>Why the content is incompatible with it.</summary>
    public required string IncompatibleContentExplanation { get; init; }

    /// <summary>Yes when the content is also considered illegal (escalated: referred onwards).</summary>
    public required string IncompatibleContentIllegal { get; init; }

    /// <summary>The main category, e.g. STATEMENT_CATEGORY_VIOLENCE.</summary>
    public required string Category { get; init; }

    /// <summary>Further categories.</summary>
    public required IReadOnlyList<string> CategoryAddition { get; init; }

    /// <summary>Keywords of the category, e.g. KEYWORD_COORDINATED_HARM.</summary>
    public required IReadOnlyList<string> CategorySpecification { get; init; }

    /// <summary>CONTENT_TYPE_TEXT.</summary>
    public required IReadOnlyList<string> ContentType { get; init; }

    /// <summary>ISO 639-1 language of the post, upper case.</summary>
    public required string ContentLanguage { get; init; }

    /// <summary>When the content was posted (YYYY-MM-DD).</summary>
    public required string ContentDate { get; init; }

    /// <summary>When the decision applied (YYYY-MM-DD).</summary>
    public required string ApplicationDate { get; init; }

    /// <summary>Facts and circumstances relied on.</summary>
    public required string DecisionFacts { get; init; }

    /// <summary>SOURCE_VOLUNTARY: found on the platform's own initiative.</summary>
    public required string SourceType { get; init; }

    /// <summary>Yes: the post was detected by automated means.</summary>
    public required string AutomatedDetection { get; init; }

    /// <summary>AUTOMATED_DECISION_PARTIALLY: a human decided on an automated flag.</summary>
    public required string AutomatedDecision { get; init; }

    /// <summary>Member states where the decision applies.</summary>
    public required IReadOnlyList<string> TerritorialScope { get; init; }

    /// <summary>Platform unique identifier of the statement: the decision id.</summary>
    public required string Puid { get; init; }

    /// <summary>Builds the statement for a decision; null when the decision restricts nothing (overturned).</summary>
    internal static StatementOfReasons? For(CaseRecord c, DecisionRecord decision, IReadOnlyList<string> territorialScope)
    {
        if (decision.Outcome == DecisionOutcomes.Overturn)
        {
            return null;
        }

        using var result = JsonDocument.Parse(c.ResultJson);
        string lang = result.RootElement.TryGetProperty("lang", out JsonElement l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "en";
        var entityTypes = new SortedSet<string>(StringComparer.Ordinal);
        if (result.RootElement.TryGetProperty("entities", out JsonElement entities) && entities.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement e in entities.EnumerateArray())
            {
                if (e.TryGetProperty("type", out JsonElement t) && t.GetString() is { } type)
                {
                    entityTypes.Add(type);
                }
            }
        }

        var categories = new List<string>();
        var keywords = new List<string>();
        foreach (string label in new[] { "threat", "bounty", "coordination", "dox" }.Where(c.Labels.Contains))
        {
            (string category, string? keyword) = label switch
            {
                "threat" => ("STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_INCITEMENT_VIOLENCE_HATRED"),
                "bounty" or "coordination" => ("STATEMENT_CATEGORY_VIOLENCE", "KEYWORD_COORDINATED_HARM"),
                _ => ("STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS", (string?)null),
            };
            if (!categories.Contains(category))
            {
                categories.Add(category);
            }

            if (keyword is not null && !keywords.Contains(keyword))
            {
                keywords.Add(keyword);
            }
        }

        if (categories.Count == 0)
        {
            // A post sent to review without a label (e.g. the classifier failed) and confirmed by a human.
            categories.Add("STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS");
        }

        string harms = c.Labels.Count > 0 ? string.Join(", ", c.Labels) : "none named";
        string details = entityTypes.Count > 0 ? string.Join(", ", entityTypes) : "none";
        return new StatementOfReasons
        {
            DecisionVisibility = ["DECISION_VISIBILITY_CONTENT_REMOVED"],
            DecisionGround = "DECISION_GROUND_INCOMPATIBLE_CONTENT",
            IncompatibleContentGround = "Community rules against doxxing, threats of violence, bounties and coordinated harassment",
            IncompatibleContentExplanation = $"The post was found to contain: {harms}. Reviewer: {decision.Reason}",
            IncompatibleContentIllegal = decision.Outcome == DecisionOutcomes.Escalate ? "Yes" : "No",
            Category = categories[0],
            CategoryAddition = categories.Skip(1).ToList(),
            CategorySpecification = keywords,
            ContentType = ["CONTENT_TYPE_TEXT"],
            ContentLanguage = lang.ToUpperInvariant(),
            ContentDate = c.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ApplicationDate = decision.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            DecisionFacts = $"Automated detection flagged the post as '{c.Action}' (severity {c.Severity}; harms: {harms}; kinds of personal information: {details}). A human reviewer decided '{decision.Outcome}'.",
            SourceType = "SOURCE_VOLUNTARY",
            AutomatedDetection = "Yes",
            AutomatedDecision = "AUTOMATED_DECISION_PARTIALLY",
            TerritorialScope = territorialScope,
            Puid = decision.Id,
        };
    }
}
