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

    private RegistryIndex(IReadOnlyList<string> ids, ulong[] keys, int[] records, int[] buckets, int bucketBits)
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
        var ids = new RecordIdList(expectedRecords);
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
        return new RegistryIndex(ids, sortedKeys, sortedRecords, buckets, bits);
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
        int at = FindRun(hash, out ulong key, out int hi);
        if (at < 0)
        {
            return false;
        }

        for (; at < hi && _keys[at] == key; at++)
        {
            into?.Add(_records[at]);
        }

        return true;
    }

    /// <summary>
    /// The lowest number of a record holding <paramref name="hash"/>, or -1. A lookup needs only that one, and a
    /// common registered name is held by ~100 of a million synthetic records: collecting them all into a list was
    /// most of a matching post's cost in the engine (list growth, and the gen-0 collections it brought).
    /// </summary>
    public int First(UInt128 hash)
    {
        int at = FindRun(hash, out ulong key, out int hi);
        if (at < 0)
        {
            return -1;
        }

        int first = _records[at];
        for (at++; at < hi && _keys[at] == key; at++)
        {
            first = Math.Min(first, _records[at]);
        }

        return first;
    }

    /// <summary>The index of the first entry holding the hash's key, or -1; <paramref name="hi"/> ends its bucket.</summary>
    private int FindRun(UInt128 hash, out ulong key, out int hi)
    {
        key = (ulong)hash;
        int bucket = (int)(key >> _shift);
        int lo = _buckets[bucket];
        hi = _buckets[bucket + 1];
        int at = Array.BinarySearch(_keys, lo, hi - lo, key);
        if (at < 0)
        {
            return -1;
        }

        while (at > lo && _keys[at - 1] == key)
        {
            at--;
        }

        return at;
    }
}

/// <summary>
/// Record ids packed in one character array with an offset per record: a million id strings would be a million objects
/// for every full garbage collection to mark, for the rare match that needs one; an id is made a string on a match.
/// </summary>
internal sealed class RecordIdList : IReadOnlyList<string>
{
    private char[] _chars;
    private int[] _ends;
    private int _length;

    public RecordIdList(int expected)
    {
        _chars = new char[Math.Max(16, expected * 8)];
        _ends = new int[Math.Max(4, expected)];
    }

    public int Count { get; private set; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            int start = index == 0 ? 0 : _ends[index - 1];
            return new string(_chars, start, _ends[index] - start);
        }
    }

    public void Add(string id)
    {
        if (_length + id.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + id.Length));
        }

        if (Count == _ends.Length)
        {
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        id.CopyTo(_chars.AsSpan(_length));
        _length += id.Length;
        _ends[Count++] = _length;
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
