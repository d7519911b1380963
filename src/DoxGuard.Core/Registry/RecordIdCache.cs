namespace DoxGuard.Registry;

/// <summary>
/// One thread's memory, across posts, of which record holds a keyed hash: the same registered details recur from post
/// to post (a common "Given Surname" pair is held by ~100 of a million synthetic records and named in thousands of
/// posts), and each answer otherwise costs a binary search in the ~100 MB index (cache misses) and a new id string.
/// Keyed by the 128-bit keyed hash itself, never by the detail's text; direct-mapped and bounded (4,096 entries,
/// ~110 KB), so a thread's memory does not grow with the traffic. The index never changes once loaded, so an answer
/// stays right for the matcher's lifetime.
/// </summary>
internal sealed class RecordIdCache
{
    private const int Bits = 12;

    private readonly UInt128[] _hashes = new UInt128[1 << Bits];

    // 0: empty; 1: no record holds the hash; n >= 2: record n - 2.
    private readonly int[] _answers = new int[1 << Bits];
    private readonly string?[] _ids = new string?[1 << Bits];

    /// <summary>The id of the lowest record holding <paramref name="hash"/>, or null; asks the index on a miss.</summary>
    public string? IdOf(UInt128 hash, RegistryIndex index)
    {
        // The hash is an HMAC output: its low bits are as good a slot number as any.
        int slot = (int)((ulong)hash & ((1UL << Bits) - 1));
        if (_answers[slot] != 0 && _hashes[slot] == hash)
        {
            return _ids[slot];
        }

        int first = index.First(hash);
        string? id = first >= 0 ? index.RecordIds[first] : null;
        _hashes[slot] = hash;
        _answers[slot] = first + 2;
        _ids[slot] = id;
        return id;
    }
}
