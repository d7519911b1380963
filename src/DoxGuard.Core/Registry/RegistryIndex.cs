namespace DoxGuard.Registry;

/// <summary>
/// The in-memory index (HMA's <c>Build(entries)</c> / <c>Query(hash)</c>): 64-bit truncations of the keyed hashes in
/// one sorted array, with a bucket table on the top bits so a lookup touches a handful of entries. Twelve bytes per
/// detail form: a million records of ~15 forms fit in ~200 MB. A false match needs a 64-bit collision under the key
/// (about 1e-12 per lookup at that size).
/// </summary>
internal sealed class RegistryIndex
{
    private readonly ulong[] _keys;
    private readonly int[] _records;
    private readonly int[] _buckets;
    private readonly int _shift;

    private RegistryIndex(string[] ids, ulong[] keys, int[] records, int bucketBits)
    {
        RecordIds = ids;
        _keys = keys;
        _records = records;
        _shift = 64 - bucketBits;
        _buckets = new int[(1 << bucketBits) + 1];
        int at = 0;
        for (int b = 0; b < (1 << bucketBits); b++)
        {
            _buckets[b] = at;
            while (at < keys.Length && (int)(keys[at] >> _shift) == b)
            {
                at++;
            }
        }

        _buckets[^1] = keys.Length;
    }

    /// <summary>Record ids by record number.</summary>
    public IReadOnlyList<string> RecordIds { get; }

    /// <summary>Number of indexed detail forms.</summary>
    public int Count => _keys.Length;

    /// <summary>Builds the index from every stored record.</summary>
    public static RegistryIndex Build(IEnumerable<HashedRecord> entries)
    {
        var ids = new List<string>();
        var keys = new List<ulong>();
        var records = new List<int>();
        foreach (HashedRecord entry in entries)
        {
            int number = ids.Count;
            ids.Add(entry.Id);
            foreach (UInt128 hash in entry.Hashes)
            {
                keys.Add((ulong)hash);
                records.Add(number);
            }
        }

        ulong[] keyArray = [.. keys];
        int[] recordArray = [.. records];
        Array.Sort(keyArray, recordArray);
        int bits = Math.Clamp(63 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, keyArray.Length)), 4, 22);
        return new RegistryIndex([.. ids], keyArray, recordArray, bits);
    }

    /// <summary>True when some record holds <paramref name="hash"/>; adds those records' numbers to <paramref name="into"/>.</summary>
    public bool Query(UInt128 hash, List<int>? into = null)
    {
        ulong key = (ulong)hash;
        int bucket = (int)(key >> _shift);
        int lo = _buckets[bucket];
        int hi = _buckets[bucket + 1];
        int at = Array.BinarySearch(_keys, lo, hi - lo, key);
        if (at < 0)
        {
            return false;
        }

        while (at > lo && _keys[at - 1] == key)
        {
            at--;
        }

        for (; at < hi && _keys[at] == key; at++)
        {
            into?.Add(_records[at]);
        }

        return true;
    }
}
