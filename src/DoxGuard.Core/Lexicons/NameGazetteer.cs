using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.InteropServices;

namespace DoxGuard.Lexicons;

/// <summary>
/// Given names, surnames, nicknames and frequent common words, loaded once from the embedded files that
/// tools/build_name_gazetteer.py derives (see ATTRIBUTION-names.md). Lookups take spans so the recognizer can
/// probe a token without allocating; keys are compared case-insensitively, and accented spellings must be folded
/// first with <see cref="TextFold.Fold"/> (the files hold folded keys).
/// </summary>
internal sealed class NameGazetteer
{
    private static readonly Lazy<NameGazetteer> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // One dictionary for every word the lists know, so that a token costs one lookup whatever it turns out to be.
    // It is a plain Dictionary, not a FrozenDictionary: freezing ~85,000 keys costs several times the parse
    // (FrozenDictionary analyses the keys to pick a hash), which alone would break the 300 ms load budget on a
    // busy machine, while span lookups measured on par (about 60 ns either way). The dictionary is never written
    // after Load, so concurrent reads are safe. The small tables stay frozen.
    private readonly Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nicknames;

    private NameGazetteer(Dictionary<string, NameEntry> words, FrozenDictionary<string, string> nicknames, int first, int last)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _nicknames = nicknames.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstNameCount = first;
        LastNameCount = last;
        NicknameCount = nicknames.Count;
    }

    /// <summary>The shared instance, loaded on first use (thread-safe, once).</summary>
    public static NameGazetteer Instance => LazyInstance.Value;

    /// <summary>Number of given names loaded.</summary>
    public int FirstNameCount { get; }

    /// <summary>Number of surnames loaded.</summary>
    public int LastNameCount { get; }

    /// <summary>Number of nicknames loaded.</summary>
    public int NicknameCount { get; }

    /// <summary>Everything the lists say about a folded word; <c>default</c> when they know nothing.</summary>
    public NameEntry Lookup(ReadOnlySpan<char> folded) =>
        _words.TryGetValue(folded, out NameEntry entry) ? entry : default;

    /// <summary>Weight 1 (rare) to 9 (very common) of a given name, 0 when unknown. Input must be folded.</summary>
    public int FirstNameWeight(ReadOnlySpan<char> folded) => Lookup(folded).FirstWeight;

    /// <summary>True when the given name is also a US city name (Austin, Dallas).</summary>
    public bool IsCityName(ReadOnlySpan<char> folded) => Lookup(folded).IsCity;

    /// <summary>Weight 1 (rare) to 9 (very common) of a surname, 0 when unknown. Input must be folded.</summary>
    public int LastNameWeight(ReadOnlySpan<char> folded) => Lookup(folded).LastWeight;

    /// <summary>The canonical given name of a nickname ("danny" gives "daniel"), or null.</summary>
    public string? CanonicalOfNickname(ReadOnlySpan<char> folded) =>
        _nicknames.TryGetValue(folded, out string? canonical) ? canonical : null;

    /// <summary>True for a frequent English or Spanish word that must not be taken for a name on its own.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> folded) => Lookup(folded).IsCommon;

    private static NameGazetteer Load()
    {
        var words = new Dictionary<string, NameEntry>(90_000, StringComparer.OrdinalIgnoreCase);
        int firstCount = 0;
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-first.txt"))
        {
            ReadOnlySpan<char> span = rest.Span;
            int tab = span.IndexOf('\t');
            int weight = ParseDigit(tab < 0 ? span : span[..tab]);
            bool city = tab >= 0 && span[(tab + 1)..].Contains('c');
            words[key] = new NameEntry((byte)weight, 0, city ? NameEntry.CityBit : (byte)0);
            firstCount++;
        }

        int lastCount = 0;
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-last.txt"))
        {
            ref NameEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(words, key, out _);
            entry = entry with { LastWeight = (byte)ParseDigit(rest.Span) };
            lastCount++;
        }

        foreach ((string key, _) in ReadRows("words-common.txt"))
        {
            ref NameEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(words, TextFold.Fold(key), out _);
            entry = entry with { Flags = (byte)(entry.Flags | NameEntry.CommonBit) };
        }

        var nicknames = new Dictionary<string, string>(1_200, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-nicknames.txt"))
        {
            nicknames[key] = rest.ToString();
        }

        return new NameGazetteer(
            words,
            nicknames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            firstCount,
            lastCount);
    }

    private static int ParseDigit(ReadOnlySpan<char> text) =>
        text.Length > 0 && char.IsAsciiDigit(text[0]) ? text[0] - '0' : 1;

    private static IEnumerable<(string Key, ReadOnlyMemory<char> Value)> ReadRows(string file)
    {
        string resource = "DoxGuard.Lexicons." + file;
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded lexicon '{resource}' is missing; rebuild DoxGuard.Core.");
        using var reader = new StreamReader(stream);
        string all = reader.ReadToEnd();
        ReadOnlyMemory<char> memory = all.AsMemory();
        int start = 0;
        while (start < all.Length)
        {
            int end = all.IndexOf('\n', start);
            if (end < 0)
            {
                end = all.Length;
            }

            ReadOnlyMemory<char> line = memory[start..end];
            start = end + 1;
            if (line.Length == 0 || line.Span[0] == '#')
            {
                continue;
            }

            int tab = line.Span.IndexOf('\t');
            string key = tab < 0 ? line.Span.Trim().ToString() : line.Span[..tab].ToString();
            yield return (key, tab < 0 ? ReadOnlyMemory<char>.Empty : line[(tab + 1)..]);
        }
    }
}

/// <summary>What the name lists know about one word.</summary>
/// <param name="FirstWeight">Given-name weight 1..9, 0 when not a given name.</param>
/// <param name="LastWeight">Surname weight 1..9, 0 when not a surname.</param>
/// <param name="Flags">Bits: <see cref="CommonBit"/>, <see cref="CityBit"/>.</param>
internal readonly record struct NameEntry(byte FirstWeight, byte LastWeight, byte Flags)
{
    /// <summary>A frequent English or Spanish word.</summary>
    public const byte CommonBit = 1;

    /// <summary>A given name that towns in several US states bear.</summary>
    public const byte CityBit = 2;

    /// <summary>True for a frequent word.</summary>
    public bool IsCommon => (Flags & CommonBit) != 0;

    /// <summary>True for a city-like given name.</summary>
    public bool IsCity => (Flags & CityBit) != 0;
}
