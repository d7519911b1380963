using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class RegistryPrefilterTests
{
    [Fact]
    public void MayContain_EveryAddedTag_TrueAndAboutOnePercentOthers()
    {
        var random = new Random(7);
        var builder = new RegistryPrefilter.Builder(16);
        var added = new HashSet<uint> { 0u, uint.MaxValue };
        builder.Add([0u, uint.MaxValue]);
        for (int r = 0; r < 50_000; r++)
        {
            uint[] tags = [(uint)random.NextInt64(0, 1L << 32), (uint)random.NextInt64(0, 1L << 32)];
            added.UnionWith(tags);
            builder.Add(tags);
        }

        RegistryPrefilter prefilter = builder.Build()!;

        Assert.All(added, tag => Assert.True(prefilter.MayContain(tag)));
        int probes = 0;
        int falsePositives = 0;
        while (probes < 200_000)
        {
            uint probe = (uint)random.NextInt64(0, 1L << 32);
            if (added.Add(probe))
            {
                probes++;
                falsePositives += prefilter.MayContain(probe) ? 1 : 0;
            }
        }

        // A Bloom filter of 11 bits and 8 hash bits per tag: about 0.3-1 % of absent tags pass, never most of them.
        double rate = falsePositives / (double)probes;
        Assert.InRange(rate, 0.001, 0.015);
    }

    [Fact]
    public void Build_ARecordWithoutTags_NoFilter()
    {
        var builder = new RegistryPrefilter.Builder(4);
        builder.Add([1u, 2u]);
        builder.Add(null);
        Assert.Null(builder.Build());
    }

    [Theory]
    [InlineData(1_000)]
    [InlineData(1_000_000)]
    public void Build_ManyTags_ElevenBitsPerTag(int count)
    {
        var builder = new RegistryPrefilter.Builder(count);
        var random = new Random(count);
        uint[] tags = new uint[count];
        for (int i = 0; i < count; i++)
        {
            tags[i] = (uint)random.NextInt64(0, 1L << 32);
        }

        builder.Add(tags);
        RegistryPrefilter prefilter = builder.Build()!;

        Assert.Equal(count, prefilter.Count);
        Assert.InRange(prefilter.SizeBytes, count * 11L / 8, (count * 11L / 8) + 64);
        Assert.All(tags, tag => Assert.True(prefilter.MayContain(tag)));
    }

    [Fact]
    public void MayContain_TagsSharingTheirTopBits_EachFoundAndOthersInTheBlockNot()
    {
        // Tags with the same top bits fall in the same block: each must still be found, and a block holding only a
        // few tags must not pass the tags beside them.
        var builder = new RegistryPrefilter.Builder(4);
        uint[] sharing = [0x5000_0001u, 0x5000_0002u, 0x5000_0003u, 0x5000_0004u];
        builder.Add(sharing);
        RegistryPrefilter prefilter = builder.Build()!;

        Assert.All(sharing, tag => Assert.True(prefilter.MayContain(tag)));
        Assert.False(prefilter.MayContain(0x5000_0005u));
        Assert.False(prefilter.MayContain(0x5000_0000u));
        Assert.False(prefilter.MayContain(0u));
    }

    [Fact]
    public void MayContain_EmptyFilter_False()
    {
        Assert.False(new RegistryPrefilter.Builder(0).Build()!.MayContain(12345u));
    }
}
