using DoxGuard.Normalization;

namespace DoxGuard.Analysis;

/// <summary>What every recognizer and classifier reads about one post.</summary>
public sealed class AnalysisContext
{
    /// <summary>Creates the context for one post.</summary>
    public AnalysisContext(NormalizedText normalized, string language)
    {
        Normalized = normalized;
        Language = language;
        Traits = TextTraits.Of(normalized.Text);
    }

    /// <summary>Cheap facts about <see cref="Text"/> (digits, '@', '.'...) for recognizers to bail out early.</summary>
    public TextTraits Traits { get; }

    /// <summary>The text as posted.</summary>
    public string Original => Normalized.Original;

    /// <summary>The de-obfuscated text; recognizers report spans in its offsets.</summary>
    public string Text => Normalized.Text;

    /// <summary>The normalized text with its offset map.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>Two-letter language code, "en" or "es".</summary>
    public string Language { get; }

    /// <summary>True for Spanish posts.</summary>
    public bool IsSpanish => string.Equals(Language, "es", StringComparison.Ordinal);
}
