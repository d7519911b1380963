using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace DoxGuard.Registry;

/// <summary>
/// HMAC-SHA256 of a detail's canonical form under the registry key, truncated to 128 bits. The detail kind is part
/// of the hashed message, so a phone number and a plate with the same characters never collide.
/// </summary>
internal sealed class KeyedHasher : IDisposable
{
    private const int StackLimit = 256;

    // HMAC key setup costs as much as the hash itself; a per-thread incremental HMAC pays it once per thread.
    private readonly ThreadLocal<IncrementalHash> _hmac;
    private readonly byte[] _key;

    public KeyedHasher(RegistryKey key)
    {
        _key = key.Material.ToArray();
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key), trackAllValues: true);
    }

    public UInt128 Hash(DetailKind kind, ReadOnlySpan<char> canonical)
    {
        int max = Encoding.UTF8.GetMaxByteCount(canonical.Length) + 2;
        byte[]? rented = max > StackLimit ? ArrayPool<byte>.Shared.Rent(max) : null;
        Span<byte> message = rented ?? stackalloc byte[StackLimit];
        try
        {
            message[0] = (byte)kind;
            message[1] = 0x1f;
            int length = 2 + Encoding.UTF8.GetBytes(canonical, message[2..]);
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
