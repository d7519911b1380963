using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers;

/// <summary>
/// Finds one family of personal information in a post (Presidio's model). Implementations are stateless and
/// thread-safe: one instance serves every post on every thread.
/// </summary>
public abstract class EntityRecognizer
{
    /// <summary>Unique name, used in diagnostics and in the recognizer table.</summary>
    public abstract string Name { get; }

    /// <summary>The entity types this recognizer can report.</summary>
    public abstract IReadOnlyList<EntityType> SupportedEntities { get; }

    /// <summary>
    /// Finds entities in <see cref="AnalysisContext.Text"/> (the normalized text) and adds them to
    /// <paramref name="results"/> with spans in normalized offsets; the engine maps them back to the original.
    /// </summary>
    public abstract void Analyze(AnalysisContext context, ICollection<RecognizerResult> results);

    /// <summary>
    /// The recognizer's own examples, positives and look-alike negatives, run by the shared conformance test.
    /// </summary>
    public virtual IEnumerable<RecognizerExample> Examples => [];
}

/// <summary>A span found by a recognizer, in normalized-text offsets.</summary>
/// <param name="Type">Entity type.</param>
/// <param name="Start">Start offset in the normalized text.</param>
/// <param name="End">End offset (exclusive) in the normalized text.</param>
/// <param name="Score">Confidence in 0..1; results under the engine threshold are dropped.</param>
/// <param name="Explanation">Why, in a reviewer's words ("phone number with a 'call' cue").</param>
/// <param name="Normalized">Canonical value, such as E.164 for phones; null when there is none.</param>
public readonly record struct RecognizerResult(
    EntityType Type, int Start, int End, double Score, string Explanation, string? Normalized = null);

/// <summary>
/// An example for the conformance test. With <see cref="Expected"/> set, the recognizer must report a
/// <see cref="Type"/> span whose original text is exactly <see cref="Expected"/>; with it null, it must report no
/// <see cref="Type"/> span at all (a look-alike negative).
/// </summary>
/// <param name="Text">The post.</param>
/// <param name="Type">The entity type under test.</param>
/// <param name="Expected">The exact expected span text, or null for a negative.</param>
/// <param name="Language">Language of the post.</param>
public sealed record RecognizerExample(string Text, EntityType Type, string? Expected, string Language = "en");
