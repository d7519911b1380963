using System.Collections.Frozen;
using System.Reflection;

namespace DoxGuard.Lexicons;

/// <summary>
/// Given names, surnames, nicknames and frequent common words, loaded once from the embedded files that
/// tools/build_name_gazetteer.py derives (see ATTRIBUTION-names.md). Lookups take spans so the recognizer can
/// probe a token without allocating; keys are compared case-insensitively, and accented spellings must be folded
/// first with <see cref="TextFold.Fold"/> (the files hold folded keys).
/// </summary>
internal sealed class NameGazetteer
{
    /// <summary>Flag bit set on a given name that is also a US city name.</summary>
    public const int CityFlag = 0x10;

    private const int WeightMask = 0x0F;

    private static readonly Lazy<NameGazetteer> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _first;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _last;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nicknames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _common;

    private NameGazetteer(
        FrozenDictionary<string, byte> first,
        FrozenDictionary<string, byte> last,
        FrozenDictionary<string, string> nicknames,
        FrozenSet<string> common)
    {
        _first = first.GetAlternateLookup<ReadOnlySpan<char>>();
        _last = last.GetAlternateLookup<ReadOnlySpan<char>>();
        _nicknames = nicknames.GetAlternateLookup<ReadOnlySpan<char>>();
        _common = common.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstNameCount = first.Count;
        LastNameCount = last.Count;
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

    /// <summary>Weight 1 (rare) to 9 (very common) of a given name, 0 when unknown. Input must be folded.</summary>
    public int FirstNameWeight(ReadOnlySpan<char> folded) =>
        _first.TryGetValue(folded, out byte value) ? value & WeightMask : 0;

    /// <summary>True when the given name is also a US city name (Austin, Dallas).</summary>
    public bool IsCityName(ReadOnlySpan<char> folded) =>
        _first.TryGetValue(folded, out byte value) && (value & CityFlag) != 0;

    /// <summary>Weight 1 (rare) to 9 (very common) of a surname, 0 when unknown. Input must be folded.</summary>
    public int LastNameWeight(ReadOnlySpan<char> folded) =>
        _last.TryGetValue(folded, out byte value) ? value : 0;

    /// <summary>The canonical given name of a nickname ("danny" gives "daniel"), or null.</summary>
    public string? CanonicalOfNickname(ReadOnlySpan<char> folded) =>
        _nicknames.TryGetValue(folded, out string? canonical) ? canonical : null;

    /// <summary>True for a frequent English or Spanish word that must not be taken for a name on its own.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => _common.Contains(word);

    private static NameGazetteer Load()
    {
        var first = new Dictionary<string, byte>(30_000, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-first.txt"))
        {
            ReadOnlySpan<char> span = rest.Span;
            int tab = span.IndexOf('\t');
            int weight = ParseDigit(tab < 0 ? span : span[..tab]);
            bool city = tab >= 0 && span[(tab + 1)..].Contains('c');
            first[key] = (byte)(weight | (city ? CityFlag : 0));
        }

        var last = new Dictionary<string, byte>(64_000, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-last.txt"))
        {
            last[key] = (byte)ParseDigit(rest.Span);
        }

        var nicknames = new Dictionary<string, string>(1_200, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-nicknames.txt"))
        {
            nicknames[key] = rest.ToString();
        }

        var common = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, _) in ReadRows("words-common.txt"))
        {
            common.Add(key);
        }

        return new NameGazetteer(
            first.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            last.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            nicknames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            common.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
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
