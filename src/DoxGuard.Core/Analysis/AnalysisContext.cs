using DoxGuard.Normalization;

namespace DoxGuard.Analysis;

/// <summary>What every recognizer and classifier reads about one post.</summary>
public sealed class AnalysisContext
{
    // Null while the text is its own normalization and nobody asked for the map: the engine's common case.
    private NormalizedText? _normalized;

    /// <summary>Creates the context for one post.</summary>
    public AnalysisContext(NormalizedText normalized, string language)
        : this(normalized.Original, normalized, language)
    {
    }

    /// <summary>The context of a post; <paramref name="normalized"/> null means the text needed no normalization.</summary>
    internal AnalysisContext(string original, NormalizedText? normalized, string language)
    {
        _normalized = normalized;
        Original = original;
        Text = normalized?.Text ?? original;
        Language = language;
        Traits = TextTraits.Of(Text);
    }

    /// <summary>Cheap facts about <see cref="Text"/> (digits, '@', '.'...) for recognizers to bail out early.</summary>
    public TextTraits Traits { get; }

    /// <summary>The text as posted.</summary>
    public string Original { get; }

    /// <summary>The de-obfuscated text; recognizers report spans in its offsets.</summary>
    public string Text { get; }

    /// <summary>The normalized text with its offset map.</summary>
    public NormalizedText Normalized => _normalized ??= NormalizedText.Identity(Original);

    /// <summary>Maps a span of <see cref="Text"/> to the original text, as <see cref="NormalizedText.ToOriginal"/>.</summary>
    internal (int Start, int End) ToOriginal(int start, int end) =>
        _normalized is null ? (start, end) : _normalized.ToOriginal(start, end);

    /// <summary>Two-letter language code, "en" or "es".</summary>
    public string Language { get; }

    /// <summary>True for Spanish posts.</summary>
    public bool IsSpanish => string.Equals(Language, "es", StringComparison.Ordinal);
}
