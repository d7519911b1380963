using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class KeyedHasherTests
{
    private static readonly byte[] KeyBytes = "keyed-hasher-test-key-of-length-32"u8.ToArray();

    [Theory]
    [InlineData((byte)DetailKind.Name, "daniel kwiatkowski")] // ASCII: narrowed without the encoder
    [InlineData((byte)DetailKind.Plate, "DV43317")]
    [InlineData((byte)DetailKind.Name, "jos\u00e9 p\u00e9rez")] // beyond ASCII: encoded as UTF-8, as at import
    [InlineData((byte)DetailKind.Name, "\u5f20 \u4f1f")]
    [InlineData((byte)DetailKind.Email, "")]
    public void Hash_AnyValue_IsTheHmacOfKindSeparatorAndUtf8(byte kindNumber, string value)
    {
        var kind = (DetailKind)kindNumber;
        using var hasher = new KeyedHasher(RegistryKey.FromBytes(KeyBytes));
        byte[] message = [(byte)kind, 0x1f, .. Encoding.UTF8.GetBytes(value)];
        UInt128 expected = BinaryPrimitives.ReadUInt128LittleEndian(HMACSHA256.HashData(KeyBytes, message));

        Assert.Equal(expected, hasher.Hash(kind, value));
    }

    [Theory]
    [InlineData("jose perez", "jos\u00e9 p\u00e9rez")]
    [InlineData("DV43317", "DV43318")]
    public void Tag_LookAlikeValues_Differ(string value, string lookAlike)
    {
        using var hasher = new KeyedHasher(RegistryKey.FromBytes(KeyBytes));

        Assert.NotEqual(hasher.Tag(DetailKind.Name, value), hasher.Tag(DetailKind.Name, lookAlike));
        Assert.Equal(hasher.Tag(DetailKind.Name, value), hasher.Tag(DetailKind.Name, new string(value.ToCharArray())));
    }

    [Theory]
    [InlineData((byte)DetailKind.Name, "daniel kwiatkowski")]
    [InlineData((byte)DetailKind.Phone, "+17735550143")]
    public void Sip_AnyValue_IsTheKeyedSipHashWhoseTopHalfIsTheTag(byte kindNumber, string value)
    {
        var kind = (DetailKind)kindNumber;
        using var hasher = new KeyedHasher(RegistryKey.FromBytes(KeyBytes));
        byte[] subkey = HMACSHA256.HashData(KeyBytes, "doxguard-prefilter-v1"u8);
        byte[] message = [(byte)kind, 0x1f, .. Encoding.UTF8.GetBytes(value)];
        ulong expected = SipHash24.Hash(
            BinaryPrimitives.ReadUInt64LittleEndian(subkey), BinaryPrimitives.ReadUInt64LittleEndian(subkey.AsSpan(8)), message);

        Assert.Equal(expected, hasher.Sip(kind, value));
        Assert.Equal((uint)(expected >> 32), hasher.Tag(kind, value));
    }
}
