namespace DoxGuard.Registry;

/// <summary>
/// One thread's memory, across posts, of the HMAC of each candidate that passed the prefilter, so that a registered
/// detail named again in a later post (a common "Given Surname" pair of the synthetic million is named in thousands of
/// posts) skips the HMAC, whose call into the platform's cryptography cost ~1 µs, most of it context set-up and
/// teardown rather than hashing. Keyed by the candidate's 64-bit keyed SipHash (the word whose top half is the
/// prefilter tag, under the key-derived subkey) together with its kind and length, never by its text: an entry holds
/// two keyed values and says nothing about a detail without the key. A false hit needs two different candidates of the
/// same kind and length with the same 64-bit keyed SipHash (2^-64 a comparison under a secret key; the index itself
/// matches on 64 bits of the HMAC). Direct-mapped and bounded (4,096 entries, ~112 KB).
/// </summary>
internal sealed class KeyedHashCache
{
    private const int Bits = 12;

    private readonly ulong[] _keys = new ulong[1 << Bits];

    // The candidate's kind and length + 1, so that 0 marks an empty slot.
    private readonly uint[] _checks = new uint[1 << Bits];
    private readonly UInt128[] _hashes = new UInt128[1 << Bits];

    /// <summary>The remembered HMAC of the candidate whose keyed SipHash is <paramref name="sip"/>.</summary>
    public bool TryGet(ulong sip, DetailKind kind, int length, out UInt128 hash)
    {
        // The prefilter uses the top 32 bits; the low bits choose the slot, independently of the filter's block.
        int slot = (int)(sip & ((1UL << Bits) - 1));
        if (_keys[slot] == sip && _checks[slot] == Check(kind, length))
        {
            hash = _hashes[slot];
            return true;
        }

        hash = default;
        return false;
    }

    /// <summary>Remembers the HMAC of a candidate, in place of whatever held its slot.</summary>
    public void Add(ulong sip, DetailKind kind, int length, UInt128 hash)
    {
        int slot = (int)(sip & ((1UL << Bits) - 1));
        _keys[slot] = sip;
        _checks[slot] = Check(kind, length);
        _hashes[slot] = hash;
    }

    private static uint Check(DetailKind kind, int length) => ((uint)kind << 24) | (uint)(length + 1);
}
