namespace DoxGuard.Lexicons;

/// <summary>
/// Lower-cases and strips diacritics from Latin letters ("García" to "garcia") without allocating, so that
/// names written with or without accents meet the same gazetteer key. Only Latin-1 and Latin Extended-A are
/// folded: that covers Spanish, Portuguese, French, German and the Central European surnames the census lists
/// hold; other scripts pass through lower-cased.
/// </summary>
internal static class TextFold
{
    // Folded forms of U+00C0..U+017F, generated from Unicode decompositions (NFD minus combining marks).
    private const string Latin = "aaaaaaaceeeeiiiidnoooooxouuuuytsaaaaaaaceeeeiiiidnooooo/ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

    /// <summary>Folds one character.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return char.ToLowerInvariant(c);
        }

        return c is >= '\u00C0' and <= '\u017F' ? Latin[c - 0xC0] : char.ToLowerInvariant(c);
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>Folds a string.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (dest, src) => Fold(src, dest));
}
