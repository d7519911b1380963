using System.Collections.Frozen;
using System.Reflection;
using System.Runtime.InteropServices;

namespace DoxGuard.Lexicons;

/// <summary>
/// The address vocabulary shared by the address recognizer, the canonicalizer and the protected-person registry:
/// street suffixes, directionals and unit designators with their USPS canonical forms, Spanish via types, US states,
/// cities by state and ZIP prefixes. Built by tools/build_address_gazetteer.py from libpostal, the USPS tables and
/// the us-cities / us-zipcodes lists (Lexicons/ATTRIBUTION-address.md). Every lookup ignores case and one trailing
/// period ("Ave.", "N."), takes a span so callers never allocate, and loads its table once, on first use; the type
/// initializer of each holder class gives the thread-safe once-only load without locks on the hot path.
/// </summary>
internal static class StreetWords
{
    /// <summary>USPS abbreviation of a street suffix: "Avenue", "av", "Ave." → "AVE"; "Drive", "dr" → "DR".</summary>
    public static bool TryGetSuffix(ReadOnlySpan<char> word, out string canonical) =>
        Words.Suffixes.TryGetValue(Trim(word), out canonical!);

    /// <summary>
    /// True when <paramref name="canonical"/> (a value from <see cref="TryGetSuffix"/>) is in USPS Publication 28
    /// Appendix C1; the others are libpostal's wider, mostly non-US types ("ABBEY", "ESPLANADE").
    /// </summary>
    public static bool IsUspsSuffix(string canonical) => Words.UspsSuffixes.Contains(canonical);

    /// <summary>
    /// True when <paramref name="word"/> is a suffix written in full ("Shore", "Avenue") rather than abbreviated
    /// ("Shr", "Ave"); an abbreviation ends a street name for sure, a full word may still be part of the name.
    /// </summary>
    public static bool IsFullSuffixWord(ReadOnlySpan<char> word) => Words.FullSuffixWords.Contains(Trim(word));

    /// <summary>USPS directional: "North", "n", "N." → "N"; "Northeast", "NE" → "NE".</summary>
    public static bool TryGetDirectional(ReadOnlySpan<char> word, out string canonical) =>
        Words.Directionals.TryGetValue(Trim(word), out canonical!);

    /// <summary>
    /// USPS unit designator: "Apartment", "Apt", "#", and the Spanish "depto", "apto" → "APT"; "Suite", "Ste" → "STE";
    /// "piso", "Fl" → "FL". "#" maps to APT rather than USPS's "#" because a "#4B" after a home address is an
    /// apartment, and the registry must treat "Apt 4B" and "#4B" as the same unit.
    /// </summary>
    public static bool TryGetUnitDesignator(ReadOnlySpan<char> word, out string canonical) =>
        Words.Units.TryGetValue(word is "#" ? word : Trim(word), out canonical!);

    /// <summary>
    /// Spanish via type: "avenida", "av", "Avda." → "AV"; "calle", "C/" → "CL"; "paseo", "Pº" → "PS"; "carrera",
    /// "Cra" → "KR" (Spanish cadastre codes).
    /// </summary>
    public static bool TryGetSpanishViaType(ReadOnlySpan<char> word, out string canonical) =>
        Words.SpanishVias.TryGetValue(Trim(word), out canonical!);

    /// <summary>Every spelling <see cref="TryGetSpanishViaType"/> knows, for callers that prefilter words.</summary>
    public static IReadOnlyList<string> SpanishViaSpellings => Words.SpanishVias.Keys;

    /// <summary>US state (or DC, PR) by USPS code or full name, any case: "IL", "il", "Illinois" → "IL".</summary>
    public static bool TryGetState(ReadOnlySpan<char> codeOrName, out string code) =>
        Places.States.TryGetValue(Trim(codeOrName), out code!);

    /// <summary>The full name of a state code ("IL" → "Illinois"), or null.</summary>
    public static string? GetStateName(string code) => Places.StateNames.GetValueOrDefault(code);

    /// <summary>True when <paramref name="city"/> (single spaces, any case) is a city or ZIP place of the state.</summary>
    public static bool IsCityInState(ReadOnlySpan<char> city, string stateCode) =>
        Places.Cities.IsInState(Trim(city), stateCode);

    /// <summary>True when <paramref name="city"/> is a city or ZIP place in any US state.</summary>
    public static bool IsCity(ReadOnlySpan<char> city) => Places.Cities.States(Trim(city)) != 0;

    /// <summary>The longest city name in words, so callers know how far back to look before a state.</summary>
    public static int MaxCityWords => Places.Cities.MaxWords;

    /// <summary>True when the first three digits of <paramref name="zip"/> are a ZIP prefix in use.</summary>
    public static bool IsKnownZip(ReadOnlySpan<char> zip) =>
        zip.Length >= 3 && Places.Zip3.ContainsKey(zip[..3]);

    /// <summary>True when the ZIP's prefix serves <paramref name="stateCode"/>.</summary>
    public static bool IsZipInState(ReadOnlySpan<char> zip, string stateCode) =>
        zip.Length >= 3 && Places.Zip3.TryGetValue(zip[..3], out string[]? states) && Array.IndexOf(states, stateCode) >= 0;

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> word)
    {
        // Callers pass tokens, which never carry white space: the common case skips the trimming call.
        if (word.IsEmpty || char.IsWhiteSpace(word[0]) || char.IsWhiteSpace(word[^1]))
        {
            word = word.Trim();
        }

        return word.Length > 1 && word[^1] == '.' ? word[..^1] : word;
    }

    private static Stream OpenResource(string file)
    {
        string name = "DoxGuard.Lexicons." + file;
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon '{name}' is missing; run tools/build_address_gazetteer.py.");
    }

    private static List<string[]> ReadLines(string file)
    {
        using Stream stream = OpenResource(file);
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                lines.Add(line.Split('\t'));
            }
        }

        return lines;
    }

    private static SpanMap BuildMap(string file, int spellingColumn, Action<string[]>? onLine = null)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string[] fields in ReadLines(file))
        {
            onLine?.Invoke(fields);
            foreach (string spelling in fields[spellingColumn].Split('|'))
            {
                // The first concept to claim a spelling keeps it: the files list the common concept first.
                map.TryAdd(spelling, fields[0]);
            }
        }

        return new SpanMap(map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A case-insensitive map looked up by span behind an <see cref="InitialLengthFilter"/>: the address and plate
    /// recognizers ask about most words near a number, and nearly all of them are no key.
    /// </summary>
    private sealed class SpanMap
    {
        private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly InitialLengthFilter _filter;

        public SpanMap(FrozenDictionary<string, string> map)
        {
            _lookup = map.GetAlternateLookup<ReadOnlySpan<char>>();
            _filter = new InitialLengthFilter(map.Keys);
            Keys = map.Keys;
        }

        public IReadOnlyList<string> Keys { get; }

        public bool TryGetValue(ReadOnlySpan<char> word, out string value)
        {
            if (!_filter.MayContain(word))
            {
                value = null!;
                return false;
            }

            return _lookup.TryGetValue(word, out value!);
        }
    }

    /// <summary>Every city name once, with a bit for each state that has a place of that name.</summary>
    private sealed class CityTable
    {
        private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _states;
        private readonly Dictionary<string, int> _stateBits;

        private CityTable(Dictionary<string, ulong> states, Dictionary<string, int> stateBits, int maxWords)
        {
            _states = states.GetAlternateLookup<ReadOnlySpan<char>>();
            _stateBits = stateBits;
            MaxWords = maxWords;
        }

        public int MaxWords { get; }

        public ulong States(ReadOnlySpan<char> city) => _states.TryGetValue(city, out ulong states) ? states : 0;

        public bool IsInState(ReadOnlySpan<char> city, string stateCode) =>
            _stateBits.TryGetValue(stateCode, out int bit) && (States(city) & (1UL << bit)) != 0;

        public static CityTable Load()
        {
            // Parsed from one string in place: a line per state, "XX<tab>city|city|...". Splitting it into ~30,000
            // strings and a hash set per state was ~20 ms of every process start; now a string is made only for each
            // distinct name, the first time it is seen.
            string all;
            using (Stream stream = OpenResource("address-cities.txt"))
            using (var reader = new StreamReader(stream))
            {
                all = reader.ReadToEnd();
            }

            var states = new Dictionary<string, ulong>(32_768, StringComparer.OrdinalIgnoreCase);
            var lookup = states.GetAlternateLookup<ReadOnlySpan<char>>();
            var stateBits = new Dictionary<string, int>(StringComparer.Ordinal);
            int maxWords = 0;
            foreach (Range lineRange in all.AsSpan().Split('\n'))
            {
                ReadOnlySpan<char> line = all.AsSpan(lineRange).TrimEnd('\r');
                int tab = line.IndexOf('\t');
                if (line.IsEmpty || line[0] == '#' || tab < 0)
                {
                    continue;
                }

                int bit = stateBits.Count;
                if (bit >= 64 || !stateBits.TryAdd(line[..tab].ToString(), bit))
                {
                    throw new InvalidOperationException("address-cities.txt: more than 64 states, or one twice; run tools/build_address_gazetteer.py.");
                }

                ReadOnlySpan<char> cities = line[(tab + 1)..];
                foreach (Range cityRange in cities.Split('|'))
                {
                    ReadOnlySpan<char> city = cities[cityRange];
                    CollectionsMarshal.GetValueRefOrAddDefault(lookup, city, out _) |= 1UL << bit;
                    maxWords = Math.Max(maxWords, city.Count(' ') + 1);
                }
            }

            return new CityTable(states, stateBits, maxWords);
        }
    }

    private static class Words
    {
        internal static readonly HashSet<string> UspsSuffixSet = new(StringComparer.Ordinal);

        internal static readonly SpanMap Suffixes =
            BuildMap("address-street-suffixes.txt", 2, f =>
            {
                if (f[1] == "U")
                {
                    UspsSuffixSet.Add(f[0]);
                }
            });

        internal static readonly FrozenSet<string> UspsSuffixes = UspsSuffixSet.ToFrozenSet(StringComparer.Ordinal);

        internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FullSuffixWords =
            ReadLines("address-street-suffixes.txt").Select(f => f[2].Split('|')[0])
                .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

        internal static readonly SpanMap Directionals =
            BuildMap("address-directionals.txt", 1);

        internal static readonly SpanMap Units =
            BuildMap("address-units.txt", 1);

        internal static readonly SpanMap SpanishVias =
            BuildMap("address-es-via-types.txt", 1);
    }

    private static class Places
    {
        internal static readonly FrozenDictionary<string, string> StateNames =
            ReadLines("address-states.txt").ToFrozenDictionary(f => f[0], f => f[1], StringComparer.Ordinal);

        internal static readonly SpanMap States = new(
            StateNames.SelectMany(p => new[] { (Key: p.Key, Code: p.Key), (Key: p.Value, Code: p.Key) })
                .DistinctBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
                .ToFrozenDictionary(p => p.Key, p => p.Code, StringComparer.OrdinalIgnoreCase));

        // ~30,000 city names, read in one pass into hash sets, not frozen ones: freezing analyses every key to pick
        // a hashing scheme, which made this table alone ~60 ms of every process start, and these lookups are rare
        // (a state after a street), so the frozen sets' faster probe never paid that back.
        internal static readonly CityTable Cities = CityTable.Load();

        internal static readonly FrozenDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> Zip3 =
            ReadLines("address-zip3.txt").ToFrozenDictionary(f => f[0], f => f[1].Split('|'), StringComparer.Ordinal)
                .GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
