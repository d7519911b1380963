using System.Collections.Frozen;
using System.Globalization;

namespace DoxGuard.Normalization;

/// <summary>
/// NFKC folding of single code points plus canonical composition of a base with its combining marks. The product
/// runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing, so the tables are
/// generated from the Unicode database by tools/gen_unicode_folding.py.
/// </summary>
internal static partial class UnicodeFolding
{
    private static readonly FrozenDictionary<int, string> Compatibility = LoadCompatibility();
    private static readonly FrozenDictionary<long, char> Compositions = LoadCompositions();

    /// <summary>The NFKC folding of <paramref name="codePoint"/>, or null when it folds to itself.</summary>
    public static string? Fold(int codePoint) => Compatibility.GetValueOrDefault(codePoint);

    /// <summary>The precomposed character for <paramref name="baseChar"/> followed by <paramref name="mark"/>.</summary>
    public static bool TryCompose(char baseChar, char mark, out char composed) =>
        Compositions.TryGetValue(((long)baseChar << 21) | mark, out composed);

    /// <summary>True for combining marks that attach to the preceding character.</summary>
    public static bool IsCombiningMark(char c)
    {
        if (c < 0x0300)
        {
            return false;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static FrozenDictionary<int, string> LoadCompatibility()
    {
        var map = new Dictionary<int, string>(4096);
        foreach (string entry in CompatibilityData.Split('\u001E', StringSplitOptions.RemoveEmptyEntries))
        {
            int separator = entry.IndexOf('\u001F', StringComparison.Ordinal);
            map[char.ConvertToUtf32(entry, 0)] = entry[(separator + 1)..];
        }

        return map.ToFrozenDictionary();
    }

    private static FrozenDictionary<long, char> LoadCompositions()
    {
        var map = new Dictionary<long, char>(1024);
        foreach (string entry in CompositionData.Split('\u001E', StringSplitOptions.RemoveEmptyEntries))
        {
            // Only BMP triples matter for the scripts the engine reads; supplementary ones are skipped.
            if (entry.Length == 3)
            {
                map[((long)entry[0] << 21) | entry[1]] = entry[2];
            }
        }

        return map.ToFrozenDictionary();
    }
}
