using System.Runtime.CompilerServices;

namespace DoxGuard.Normalization;

/// <summary>
/// A read-only table of short words packed into a ulong (8 bits a character, first character lowest), with
/// open addressing. Word scans on every post look words up while they read them: no string, no span hashing, and
/// the lookup inlines into the scan, so it stays optimized code even while the tiered JIT lags behind.
/// </summary>
internal sealed class PackedWordTable
{
    /// <summary>Longest word a ulong can hold.</summary>
    public const int MaxLength = 8;

    // One bit per hash bucket (the top FilterBits bits of the hash), set for every stored word: 128 bytes that stay
    // in cache between posts, where the 8-byte key slots do not. Most words of a post are not in a table, and the
    // filter answers for them without touching the keys; a stored word always passes, so answers are unchanged.
    private const int FilterBits = 10;
    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly int _shift;

    /// <summary>Builds a table of <paramref name="entries"/>, whose words must be 1 to 8 characters of Latin-1.</summary>
    public PackedWordTable(IEnumerable<KeyValuePair<string, int>> entries)
    {
        var pairs = new Dictionary<ulong, int>();
        foreach (KeyValuePair<string, int> entry in entries)
        {
            pairs[Pack(entry.Key)] = entry.Value;
        }

        // At most one quarter full, so probes are short.
        int bits = 4;
        while ((1 << bits) < pairs.Count * 4)
        {
            bits++;
        }

        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _shift = 64 - bits;
        foreach (KeyValuePair<ulong, int> pair in pairs)
        {
            int slot = Slot(pair.Key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = pair.Key;
            _values[slot] = pair.Value;
            int bucket = FilterBucket(pair.Key);
            _filter[bucket >> 6] |= 1UL << bucket;
        }
    }

    /// <summary>Packs a word of 1 to 8 Latin-1 characters as the scans do.</summary>
    public static ulong Pack(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            throw new ArgumentException($"A packed word has 1 to {MaxLength} characters: '{word}'.", nameof(word));
        }

        ulong key = 0;
        for (int k = 0; k < word.Length; k++)
        {
            if (word[k] is '\0' or > '\u00FF')
            {
                throw new ArgumentException($"A packed word is Latin-1 without NUL: '{word}'.", nameof(word));
            }

            key |= (ulong)word[k] << (8 * k);
        }

        return key;
    }

    /// <summary>Looks up a packed word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out int value)
    {
        int bucket = FilterBucket(key);
        if ((_filter[bucket >> 6] & (1UL << bucket)) == 0)
        {
            value = 0;
            return false;
        }

        ulong[] keys = _keys;
        int mask = keys.Length - 1;
        int slot = Slot(key);
        while (true)
        {
            ulong k = keys[slot];
            if (k == key)
            {
                value = _values[slot];
                return true;
            }

            if (k == 0)
            {
                value = 0;
                return false;
            }

            slot = (slot + 1) & mask;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterBucket(ulong key) => (int)((key * 0xD6E8FEB86659FD93UL) >> (64 - FilterBits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
