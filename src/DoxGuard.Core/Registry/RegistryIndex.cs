namespace DoxGuard.Registry;

/// <summary>
/// The in-memory index (HMA's <c>Build(entries)</c> / <c>Query(hash)</c>): 64-bit truncations of the keyed hashes in
/// one sorted array, with a bucket table on the top bits so a lookup touches a handful of entries. Twelve bytes per
/// detail form: a million records of ~15 forms fit in ~200 MB. A false match needs a 64-bit collision under the key
/// (about 1e-12 per lookup at that size).
/// </summary>
internal sealed class RegistryIndex
{
    // Outside the collected heap (NativeBuffer): ~190 MB at a million records.
    private readonly NativeBuffer<ulong> _keys;
    private readonly NativeBuffer<int> _records;
    private readonly NativeBuffer<int> _buckets;
    private readonly int _shift;

    private RegistryIndex(IReadOnlyList<string> ids, NativeBuffer<ulong> keys, NativeBuffer<int> records, NativeBuffer<int> buckets, int bucketBits)
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
        var keys = new NativeBuffer<ulong>(Math.Max(16, expectedRecords * 16), clear: false);
        var records = new NativeBuffer<int>(keys.Length, clear: false);
        try
        {
            int count = 0;
            foreach (HashedRecord entry in entries)
            {
                int number = ids.Count;
                ids.Add(entry.Id);
                if (count + entry.Hashes.Length > keys.Length)
                {
                    int size = Math.Max(keys.Length * 2, count + entry.Hashes.Length);
                    keys.Resize(size);
                    records.Resize(size);
                }

                Span<ulong> keySpan = keys.Span;
                Span<int> recordSpan = records.Span;
                foreach (UInt128 hash in entry.Hashes)
                {
                    keySpan[count] = (ulong)hash;
                    recordSpan[count] = number;
                    count++;
                }
            }

            int bits = Math.Clamp(63 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count)), 4, 22);
            (NativeBuffer<ulong> sortedKeys, NativeBuffer<int> sortedRecords, NativeBuffer<int> buckets) =
                BucketSort(keys.Span[..count], records.Span[..count], 64 - bits);
            return new RegistryIndex(ids, sortedKeys, sortedRecords, buckets, bits);
        }
        finally
        {
            keys.Release();
            records.Release();
        }
    }

    /// <summary>
    /// Sorts by a counting pass on the top bits, then an insertion sort inside each (tiny) bucket: linear time, where
    /// a comparison sort of ten million keys would take most of the load.
    /// </summary>
    private static (NativeBuffer<ulong> Keys, NativeBuffer<int> Records, NativeBuffer<int> Buckets) BucketSort(
        ReadOnlySpan<ulong> keys, ReadOnlySpan<int> records, int shift)
    {
        int count = keys.Length;
        int buckets = 1 << (64 - shift);
        var startsBuffer = new NativeBuffer<int>(buckets + 1, hugePages: true);
        Span<int> starts = startsBuffer.Span;
        for (int i = 0; i < count; i++)
        {
            starts[(int)(keys[i] >> shift) + 1]++;
        }

        for (int b = 0; b < buckets; b++)
        {
            starts[b + 1] += starts[b];
        }

        var sortedKeysBuffer = new NativeBuffer<ulong>(count, clear: false, hugePages: true);
        var sortedRecordsBuffer = new NativeBuffer<int>(count, clear: false, hugePages: true);
        Span<ulong> sortedKeys = sortedKeysBuffer.Span;
        Span<int> sortedRecords = sortedRecordsBuffer.Span;
        var nextBuffer = new NativeBuffer<int>(buckets + 1, clear: false);
        Span<int> next = nextBuffer.Span;
        starts.CopyTo(next);
        for (int i = 0; i < count; i++)
        {
            int at = next[(int)(keys[i] >> shift)]++;
            sortedKeys[at] = keys[i];
            sortedRecords[at] = records[i];
        }

        nextBuffer.Release();

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

        return (sortedKeysBuffer, sortedRecordsBuffer, startsBuffer);
    }

    /// <summary>True when some record holds <paramref name="hash"/>; adds those records' numbers to <paramref name="into"/>.</summary>
    public bool Query(UInt128 hash, List<int>? into = null)
    {
        int at = FindRun(hash, out ulong key, out int hi);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<ulong> keys = _keys.Span;
        ReadOnlySpan<int> records = _records.Span;
        for (; at < hi && keys[at] == key; at++)
        {
            into?.Add(records[at]);
        }

        GC.KeepAlive(this);
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

        ReadOnlySpan<ulong> keys = _keys.Span;
        ReadOnlySpan<int> records = _records.Span;
        int first = records[at];
        for (at++; at < hi && keys[at] == key; at++)
        {
            first = Math.Min(first, records[at]);
        }

        GC.KeepAlive(this);
        return first;
    }

    /// <summary>The index of the first entry holding the hash's key, or -1; <paramref name="hi"/> ends its bucket.</summary>
    private int FindRun(UInt128 hash, out ulong key, out int hi)
    {
        key = (ulong)hash;
        int bucket = (int)(key >> _shift);
        ReadOnlySpan<int> buckets = _buckets.Span;
        int lo = buckets[bucket];
        hi = buckets[bucket + 1];
        ReadOnlySpan<ulong> keys = _keys.Span;
        int at = keys[lo..hi].BinarySearch(key);
        if (at >= 0)
        {
            at += lo;
            while (at > lo && keys[at - 1] == key)
            {
                at--;
            }
        }

        GC.KeepAlive(this);
        return at < 0 ? -1 : at;
    }
}

/// <summary>
/// Record ids packed in one character array with an offset per record, outside the collected heap: a million id
/// strings would be a million objects for every full garbage collection to mark, for the rare match that needs one;
/// an id is made a string on a match.
/// </summary>
internal sealed class RecordIdList : IReadOnlyList<string>
{
    private readonly NativeBuffer<char> _chars;
    private readonly NativeBuffer<int> _ends;
    private int _length;

    public RecordIdList(int expected)
    {
        _chars = new NativeBuffer<char>(Math.Max(16, expected * 8), clear: false);
        _ends = new NativeBuffer<int>(Math.Max(4, expected), clear: false);
    }

    public int Count { get; private set; }

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            ReadOnlySpan<int> ends = _ends.Span;
            int start = index == 0 ? 0 : ends[index - 1];
            string id = new(_chars.Span[start..ends[index]]);
            GC.KeepAlive(this);
            return id;
        }
    }

    public void Add(string id)
    {
        if (_length + id.Length > _chars.Length)
        {
            _chars.Resize(Math.Max(_chars.Length * 2, _length + id.Length));
        }

        if (Count == _ends.Length)
        {
            _ends.Resize(_ends.Length * 2);
        }

        id.CopyTo(_chars.Span[_length..]);
        _length += id.Length;
        _ends.Span[Count++] = _length;
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
