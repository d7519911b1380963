using System.Collections.Frozen;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
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
    private const int Magic = 0x544E4744; // 'DGNT', see tools/build_name_table.py
    private const int Version = 1;
    private const int HeaderInts = 8;
    private const int MaxKeyLength = 255;

    private static readonly Lazy<NameGazetteer> LazyInstance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    // The words live in one precomputed open-addressing hash table (tools/build_name_table.py), read in place:
    // parsing ~85,000 text rows into a Dictionary cost ~0.3 s of every process start, the table costs one read.
    // The bytes are never written after Load, so concurrent reads are safe. The small nickname table stays frozen.
    private readonly TableBytes _table;
    private readonly int _mask;
    private readonly int _charsOffset;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nicknames;

    private NameGazetteer(TableBytes table, FrozenDictionary<string, string> nicknames)
    {
        ReadOnlySpan<int> header = MemoryMarshal.Cast<byte, int>(table.Span[..(HeaderInts * sizeof(int))]);
        if (header[0] != Magic || header[1] != Version)
        {
            throw new InvalidOperationException("The embedded name table is not in the expected format; rerun tools/build_name_table.py.");
        }

        int capacity = header[2];
        _table = table;
        _mask = capacity - 1;
        _charsOffset = (HeaderInts * sizeof(int)) + (capacity * Unsafe.SizeOf<Slot>());
        WordCount = header[3];
        FirstNameCount = header[5];
        LastNameCount = header[6];
        if (!BitOperations.IsPow2(capacity) || _charsOffset + (header[4] * sizeof(char)) != table.Span.Length)
        {
            throw new InvalidOperationException("The embedded name table is truncated; rerun tools/build_name_table.py.");
        }

        _nicknames = nicknames.GetAlternateLookup<ReadOnlySpan<char>>();
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

    /// <summary>Number of distinct words the table knows (given names, surnames and common words together).</summary>
    public int WordCount { get; }

    /// <summary>Everything the lists say about a folded word; <c>default</c> when they know nothing.</summary>
    public NameEntry Lookup(ReadOnlySpan<char> folded)
    {
        if (folded.Length is 0 or > MaxKeyLength)
        {
            return default;
        }

        // Keys are stored lower-case; callers pass folded words, but some pass them as written ("Daniel").
        Span<char> lowered = stackalloc char[folded.Length];
        uint hash = 2166136261;
        for (int i = 0; i < folded.Length; i++)
        {
            char c = folded[i];
            c = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c < 0x80 ? c : char.ToLowerInvariant(c);
            lowered[i] = c;
            hash = (hash ^ c) * 16777619;
        }

        ReadOnlySpan<byte> table = _table.Span;
        ReadOnlySpan<Slot> slots = MemoryMarshal.Cast<byte, Slot>(table.Slice(HeaderInts * sizeof(int), (_mask + 1) * Unsafe.SizeOf<Slot>()));
        ReadOnlySpan<char> chars = MemoryMarshal.Cast<byte, char>(table[_charsOffset..]);
        int index = (int)(hash & (uint)_mask);
        while (true)
        {
            Slot slot = slots[index];
            if (slot.Length == 0)
            {
                return default;
            }

            if (slot.Length == lowered.Length && chars.Slice(slot.Offset, slot.Length).SequenceEqual(lowered))
            {
                return new NameEntry(slot.First, slot.Last, slot.Flags);
            }

            index = (index + 1) & _mask;
        }
    }

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
        var nicknames = new Dictionary<string, string>(1_200, StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in ReadRows("names-nicknames.txt"))
        {
            nicknames[key] = rest.ToString();
        }

        return new NameGazetteer(ReadResource("names.bin"), nicknames.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static Stream OpenResource(string file)
    {
        string resource = "DoxGuard.Lexicons." + file;
        return Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded lexicon '{resource}' is missing; rebuild DoxGuard.Core.");
    }

    private static TableBytes ReadResource(string file)
    {
        using Stream stream = OpenResource(file);
        return TableBytes.Of(stream);
    }

    /// <summary>
    /// The name table's bytes, read in place where the resource is mapped memory (it is, in the native and the JIT
    /// builds: the assembly image stays mapped for the life of the process, and nothing writes to it); copied into
    /// a pinned array otherwise. Copying the 3 MB table was a fifth of a one-post scan's start-up.
    /// </summary>
    private sealed unsafe class TableBytes
    {
        private readonly byte* _start;
        private readonly int _length;

        // Keeps a copied table alive (and pinned) when the bytes are not mapped memory.
        private readonly byte[]? _copy;

        private TableBytes(byte* start, int length, byte[]? copy)
        {
            _start = start;
            _length = length;
            _copy = copy;
        }

        public ReadOnlySpan<byte> Span => new(_start, _length);

        public static TableBytes Of(Stream stream)
        {
            int length = checked((int)(stream.Length - stream.Position));
            if (stream is UnmanagedMemoryStream mapped)
            {
                return new TableBytes(mapped.PositionPointer, length, null);
            }

            byte[] copy = GC.AllocateUninitializedArray<byte>(length, pinned: true);
            stream.ReadExactly(copy);
            return new TableBytes((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(copy)), length, copy);
        }
    }

    /// <summary>
    /// Rows of an embedded text list: key up to the first tab (or the trimmed line), and the rest; blank and '#'
    /// lines skipped. Internal so that the tests can check the binary table against the lists it was built from.
    /// </summary>
    internal static IEnumerable<(string Key, ReadOnlyMemory<char> Value)> ReadRows(string file)
    {
        string all;
        using (Stream stream = OpenResource(file))
        using (var reader = new StreamReader(stream))
        {
            all = reader.ReadToEnd();
        }

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

    // One slot of the table, 8 bytes as tools/build_name_table.py packs it ("<iBBBB").
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private readonly struct Slot
    {
        public readonly int Offset;
        public readonly byte Length;
        public readonly byte First;
        public readonly byte Last;
        public readonly byte Flags;
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
