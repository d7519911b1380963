namespace DoxGuard.Registry;

/// <summary>
/// The protected-person registry's entry points, shared by every front end: import, remove, count, and open for
/// matching. Details are normalized and keyed-hashed on the way in and never come back out.
/// </summary>
public static class ProtectedRegistry
{
    private const int BatchSize = 10_000;

    /// <summary>
    /// Imports JSON Lines records from <paramref name="input"/> into the registry at <paramref name="path"/> (created
    /// when missing). Bad lines are reported by line number and skipped; good ones are kept. A record whose id exists
    /// replaces it.
    /// </summary>
    /// <exception cref="RegistryKeyException">The registry was built under another key.</exception>
    public static ImportReport Import(string path, RegistryKey key, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(input);
        using var store = new SqliteRegistryStore(path, create: true);
        return Import(store, key, input);
    }

    /// <summary>Imports into any store; see <see cref="Import(string, RegistryKey, TextReader)"/>.</summary>
    public static ImportReport Import(IRegistryStore store, RegistryKey key, TextReader input)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(input);
        byte[] fingerprint = key.Fingerprint();
        byte[]? existing = store.KeyFingerprint;
        if (existing is not null && !existing.AsSpan().SequenceEqual(fingerprint))
        {
            throw new RegistryKeyException(
                "This registry was built under a different key. To rotate the key, import every record into a new registry under the new key.");
        }

        if (existing is null)
        {
            store.SetKeyFingerprint(fingerprint);
        }

        using var hasher = new KeyedHasher(key);
        var errors = new List<ImportError>();
        var batch = new List<HashedRecord>(BatchSize);
        int imported = 0;
        int lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            ProtectedRecord? record = RecordReader.TryRead(line, out string? error);
            HashedRecord? hashed = record is null ? null : RecordHasher.TryHash(record, hasher, out error);
            if (hashed is null)
            {
                errors.Add(new ImportError(lineNumber, error ?? "invalid record"));
                continue;
            }

            batch.Add(hashed);
            if (batch.Count == BatchSize)
            {
                store.Upsert(batch);
                imported += batch.Count;
                batch.Clear();
            }
        }

        store.Upsert(batch);
        imported += batch.Count;
        return new ImportReport(imported, errors);
    }

    /// <summary>Removes the record <paramref name="id"/>; false when there is none. Needs no key.</summary>
    public static bool Remove(string path, string id)
    {
        using var store = new SqliteRegistryStore(path, create: false);
        return store.Remove(id);
    }

    /// <summary>Number of records in the registry at <paramref name="path"/>. Needs no key.</summary>
    public static long Count(string path)
    {
        using var store = new SqliteRegistryStore(path, create: false);
        return store.Count();
    }

    /// <summary>
    /// Loads the registry at <paramref name="path"/> into memory for matching. Under the wrong key nothing matches:
    /// the registry is useless without its key.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no registry at <paramref name="path"/>.</exception>
    public static IProtectedPersonMatcher Open(string path, RegistryKey key)
    {
        using var store = new SqliteRegistryStore(path, create: false);
        return Open(store, key);
    }

    /// <summary>Loads any store into memory for matching.</summary>
    public static IProtectedPersonMatcher Open(IRegistryStore store, RegistryKey key)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(key);
        int expected = (int)Math.Min(store.Count(), int.MaxValue / 32);
        var prefilter = new RegistryPrefilter.Builder(expected * 16);
        RegistryIndex index = RegistryIndex.Build(store.ReadAll().Select(record =>
        {
            prefilter.Add(record.Tags);
            return record;
        }), expected);
        var matcher = new ProtectedPersonMatcher(index, prefilter.Build(), new KeyedHasher(key));

        // Reading a million records churned ~300 gen-0 collections' worth of short-lived rows. Left to itself, the
        // collector carried what it learned there into the scan: the scan after a 1M-record load page-faulted its
        // gen-0 memory ~12,900 times against ~8,600 without registry (or after a 1,000-record one), and every stage's
        // allocation cost more (perf: allocation and GC samples outside the matcher ~+270 in 3 recordings, ~0 with
        // this; docs/registry.md, Scale). One full blocking collection here, while the heap holds nothing but the
        // matcher's small objects (its tables are native), resets that.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return matcher;
    }
}
