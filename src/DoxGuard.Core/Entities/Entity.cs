namespace DoxGuard.Entities;

/// <summary>
/// A span of personal information in a post. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the
/// <em>original</em> text (end exclusive), whatever obfuscation the post used.
/// </summary>
/// <param name="Type">What kind of information the span holds.</param>
/// <param name="Start">First UTF-16 code unit of the span in the original text.</param>
/// <param name="End">One past the last UTF-16 code unit of the span in the original text.</param>
/// <param name="Score">Confidence in 0..1.</param>
/// <param name="Recognizer">Name of the recognizer that found it.</param>
/// <param name="Explanation">Why it was recognised, in words fit for a reviewer (feeds <c>reasons</c>).</param>
public sealed record Entity(EntityType Type, int Start, int End, double Score, string Recognizer, string Explanation)
{
    /// <summary>A canonical form of the value (E.164 for phones, lower-case for emails), when one exists.</summary>
    public string? Normalized { get; init; }

    /// <summary>The protected-person registry record this span matched, if any.</summary>
    public string? ProtectedRecordId { get; init; }

    /// <summary>Span length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(Entity other) => Start < other.End && other.Start < End;
}
