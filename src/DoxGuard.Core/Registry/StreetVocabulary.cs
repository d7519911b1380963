using DoxGuard.Lexicons;

namespace DoxGuard.Registry;

/// <summary>
/// The registry's reading of the shared address lexicon (<see cref="StreetWords"/>): the same words, narrowed where the
/// registry's keys need it (only the eight compass directionals split a street core; "Center" stays a name word).
/// </summary>
internal static class StreetVocabulary
{
    public static bool TryDirectional(ReadOnlySpan<char> word, out string canonical) =>
        StreetWords.TryGetDirectional(word, out canonical) && canonical is "N" or "S" or "E" or "W" or "NE" or "NW" or "SE" or "SW";

    public static bool TrySuffix(ReadOnlySpan<char> word, out string canonical) => StreetWords.TryGetSuffix(word, out canonical);

    public static bool IsUnitDesignator(ReadOnlySpan<char> word) => StreetWords.TryGetUnitDesignator(word, out _);

    /// <summary>A state's two-letter code from its code or its name.</summary>
    public static bool TryState(ReadOnlySpan<char> word, out string code) => StreetWords.TryGetState(word, out code);

    /// <summary>True when the words name a US city.</summary>
    public static bool IsCity(string words) => StreetWords.IsCity(words);
}
