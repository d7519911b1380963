namespace DoxGuard.Normalization;

/// <summary>
/// De-obfuscates a post once, before recognition: Unicode NFKC, homoglyphs, zero-width and odd spacing characters,
/// spelled-out and spaced digits, "at"/"dot" in emails. Every output character maps back to the original.
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalizes <paramref name="original"/>.</summary>
    public static NormalizedText Normalize(string original)
    {
        ArgumentNullException.ThrowIfNull(original);

        // Placeholder until the de-obfuscation pass lands: the identity map keeps every offset exact.
        return NormalizedText.Identity(original);
    }
}
