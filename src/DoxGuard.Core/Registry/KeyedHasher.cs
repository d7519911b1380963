using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DoxGuard.Registry;

/// <summary>
/// The two keyed functions of a detail's canonical form, over the same message (kind, 0x1F, UTF-8 form): the
/// HMAC-SHA256 under the registry key, truncated to 128 bits, that the store keeps and a match is confirmed by; and a
/// 32-bit SipHash-2-4 prefilter tag under a subkey derived from the registry key, ~30 times cheaper, that lets a post's
/// candidates that are in no record skip the HMAC. The detail kind is part of the message, so a phone number and a
/// plate with the same characters never collide.
/// </summary>
internal sealed class KeyedHasher : IDisposable
{
    private const int StackLimit = 256;

    // HMAC key setup costs as much as the hash itself; a per-thread incremental HMAC pays it once per thread.
    private readonly ThreadLocal<IncrementalHash> _hmac;
    private readonly byte[] _key;
    private readonly ulong _k0;
    private readonly ulong _k1;

    public KeyedHasher(RegistryKey key)
    {
        _key = key.Material.ToArray();
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key), trackAllValues: true);

        // A separate subkey, so the prefilter's function and the stored HMACs never share a key.
        Span<byte> subkey = stackalloc byte[32];
        HMACSHA256.HashData(_key, "doxguard-prefilter-v1"u8, subkey);
        _k0 = BinaryPrimitives.ReadUInt64LittleEndian(subkey);
        _k1 = BinaryPrimitives.ReadUInt64LittleEndian(subkey[8..]);
        CryptographicOperations.ZeroMemory(subkey);
    }

    public UInt128 Hash(DetailKind kind, ReadOnlySpan<char> canonical)
    {
        int max = Encoding.UTF8.GetMaxByteCount(canonical.Length) + 2;
        byte[]? rented = max > StackLimit ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> message = rented ?? stackalloc byte[StackLimit];
        try
        {
            int length = Encode(kind, canonical, message);
            IncrementalHash hmac = _hmac.Value!;
            hmac.AppendData(message[..length]);
            Span<byte> mac = stackalloc byte[32];
            hmac.GetHashAndReset(mac);
            return BinaryPrimitives.ReadUInt128LittleEndian(mac);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>The prefilter tag: 32 bits of SipHash-2-4 of the same message <see cref="Hash"/> keys.</summary>
    public uint Tag(DetailKind kind, ReadOnlySpan<char> canonical) => (uint)(Sip(kind, canonical) >> 32);

    /// <summary>
    /// The whole 64-bit keyed SipHash-2-4 of the message whose top half is the <see cref="Tag"/>: what
    /// <see cref="KeyedHashCache"/> remembers a candidate's HMAC by.
    /// </summary>
    public ulong Sip(DetailKind kind, ReadOnlySpan<char> canonical)
    {
        int max = Encoding.UTF8.GetMaxByteCount(canonical.Length) + 2;
        byte[]? rented = max > StackLimit ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> message = rented ?? stackalloc byte[StackLimit];
        try
        {
            int length = Encode(kind, canonical, message);
            return SipHash24.Hash(_k0, _k1, message[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static int Encode(DetailKind kind, ReadOnlySpan<char> canonical, Span<byte> message)
    {
        message[0] = (byte)kind;
        message[1] = 0x1f;

        // Nearly every candidate is ASCII, whose UTF-8 is its ASCII bytes: Ascii.FromUtf16 narrows it without the
        // encoder's overhead, which was a third of a plate candidate's tag.
        if (Ascii.FromUtf16(canonical, message[2..], out int written) == OperationStatus.Done)
        {
            return 2 + written;
        }

        return 2 + Encoding.UTF8.GetBytes(canonical, message[2..]);
    }

    public void Dispose()
    {
        foreach (IncrementalHash hmac in _hmac.Values)
        {
            hmac.Dispose();
        }

        _hmac.Dispose();
        CryptographicOperations.ZeroMemory(_key);
    }
}
