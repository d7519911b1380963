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

    private RegistryIndex(string[] ids, ulong[] keys, int[] records, int[] buckets, int bucketBits)
    {
        RecordIds = ids;
        _keys = keys;
        _records = records;
        _buckets = buckets;
        _shift = 64 - bucketBits;
    }

    /// <summary>Record ids by record number.</summary>
    public IReadOnlyList<string> RecordIds { get; }

    /// <summary>Number of indexed detail forms.</summary>
    public int Count => _keys.Length;

    /// <summary>Builds the index from every stored record.</summary>
    public static RegistryIndex Build(IEnumerable<HashedRecord> entries, int expectedRecords = 0)
    {
        var ids = new List<string>(expectedRecords);
        ulong[] keys = new ulong[Math.Max(16, expectedRecords * 16)];
        int[] records = new int[keys.Length];
        int count = 0;
        foreach (HashedRecord entry in entries)
        {
            int number = ids.Count;
            ids.Add(entry.Id);
            if (count + entry.Hashes.Length > keys.Length)
            {
                int size = Math.Max(keys.Length * 2, count + entry.Hashes.Length);
                Array.Resize(ref keys, size);
                Array.Resize(ref records, size);
            }

            foreach (UInt128 hash in entry.Hashes)
            {
                keys[count] = (ulong)hash;
                records[count] = number;
                count++;
            }
        }

        int bits = Math.Clamp(63 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count)), 4, 22);
        (ulong[] sortedKeys, int[] sortedRecords, int[] buckets) = BucketSort(keys, records, count, 64 - bits);
        return new RegistryIndex([.. ids], sortedKeys, sortedRecords, buckets, bits);
    }

    /// <summary>
    /// Sorts by a counting pass on the top bits, then an insertion sort inside each (tiny) bucket: linear time, where
    /// a comparison sort of ten million keys would take most of the load.
    /// </summary>
    private static (ulong[] Keys, int[] Records, int[] Buckets) BucketSort(ulong[] keys, int[] records, int count, int shift)
    {
        int buckets = 1 << (64 - shift);
        int[] starts = new int[buckets + 1];
        for (int i = 0; i < count; i++)
        {
            starts[(int)(keys[i] >> shift) + 1]++;
        }

        for (int b = 0; b < buckets; b++)
        {
            starts[b + 1] += starts[b];
        }

        ulong[] sortedKeys = new ulong[count];
        int[] sortedRecords = new int[count];
        int[] next = (int[])starts.Clone();
        for (int i = 0; i < count; i++)
        {
            int at = next[(int)(keys[i] >> shift)]++;
            sortedKeys[at] = keys[i];
            sortedRecords[at] = records[i];
        }

        for (int b = 0; b < buckets; b++)
        {
            for (int i = starts[b] + 1; i < starts[b + 1]; i++)
            {
                ulong key = sortedKeys[i];
                int record = sortedRecords[i];
                int j = i - 1;
                while (j >= starts[b] && sortedKeys[j] > key)
                {
                    sortedKeys[j + 1] = sortedKeys[j];
                    sortedRecords[j + 1] = sortedRecords[j];
                    j--;
                }

                sortedKeys[j + 1] = key;
                sortedRecords[j + 1] = record;
            }
        }

        return (sortedKeys, sortedRecords, starts);
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
