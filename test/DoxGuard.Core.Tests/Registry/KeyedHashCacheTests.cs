using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class KeyedHashCacheTests
{
    [Fact]
    public void TryGet_AfterAdd_ReturnsTheHash()
    {
        var cache = new KeyedHashCache();
        var hash = new UInt128(0x0123456789ABCDEF, 0xFEDCBA9876543210);

        cache.Add(0xDEADBEEF_00000123, DetailKind.Name, 12, hash);

        Assert.True(cache.TryGet(0xDEADBEEF_00000123, DetailKind.Name, 12, out UInt128 found));
        Assert.Equal(hash, found);
    }

    [Theory]
    [InlineData(0xDEADBEEF_00000124UL, (byte)DetailKind.Name, 12)] // another SipHash
    [InlineData(0xDEADBEEF_00000123UL, (byte)DetailKind.Plate, 12)] // same SipHash, another kind
    [InlineData(0xDEADBEEF_00000123UL, (byte)DetailKind.Name, 11)] // same SipHash, another length
    [InlineData(0xCAFEBABE_00000123UL, (byte)DetailKind.Name, 12)] // same slot, another SipHash
    public void TryGet_AnythingElse_Misses(ulong sip, byte kindNumber, int length)
    {
        var kind = (DetailKind)kindNumber;
        var cache = new KeyedHashCache();
        cache.Add(0xDEADBEEF_00000123, DetailKind.Name, 12, UInt128.One);

        Assert.False(cache.TryGet(sip, kind, length, out _));
    }

    [Fact]
    public void TryGet_Empty_MissesEvenTheZeroKey()
    {
        Assert.False(new KeyedHashCache().TryGet(0, DetailKind.Name, 0, out _));
    }

    [Fact]
    public void Add_SameSlot_ReplacesTheOlderEntry()
    {
        var cache = new KeyedHashCache();
        cache.Add(0x1_0000_0042, DetailKind.Email, 20, UInt128.One);
        cache.Add(0x2_0000_0042, DetailKind.Email, 20, UInt128.MaxValue);

        Assert.False(cache.TryGet(0x1_0000_0042, DetailKind.Email, 20, out _));
        Assert.True(cache.TryGet(0x2_0000_0042, DetailKind.Email, 20, out UInt128 found));
        Assert.Equal(UInt128.MaxValue, found);
    }
}
