namespace DoxGuard.Registry;

/// <summary>
/// Persistence of the protected-person registry (HMA's bank storage). A store only ever sees record ids and keyed
/// hashes: no detail reaches it in plain text, so no store can leak one.
/// </summary>
public interface IRegistryStore : IDisposable
{
    /// <summary>The fingerprint of the key the registry was built under, or null for an empty, new registry.</summary>
    byte[]? KeyFingerprint { get; }

    /// <summary>Records the key fingerprint (first import).</summary>
    void SetKeyFingerprint(byte[] fingerprint);

    /// <summary>Adds records, replacing any with the same id, in one transaction.</summary>
    void Upsert(IEnumerable<HashedRecord> records);

    /// <summary>Removes a record; false when there is none with that id.</summary>
    bool Remove(string id);

    /// <summary>Number of records.</summary>
    long Count();

    /// <summary>Every record, for building the in-memory index.</summary>
    IEnumerable<HashedRecord> ReadAll();
}

/// <summary>A registry record as stored: its id and the keyed hashes of its normalized details.</summary>
/// <param name="Id">The record id given at import (reported in the <c>protected</c> field of a match).</param>
/// <param name="Hashes">HMAC-SHA256 of each canonical detail form under the registry key, truncated to 128 bits.</param>
public sealed record HashedRecord(string Id, UInt128[] Hashes)
{
    /// <summary>
    /// The 32-bit keyed prefilter tag (SipHash-2-4 under a subkey of the registry key) of each canonical detail form,
    /// or null for a record stored before the registry had a prefilter: a registry with any such record is scanned
    /// without the prefilter, HMAC for every candidate, until it is re-imported.
    /// </summary>
    public uint[]? Tags { get; init; }
}
