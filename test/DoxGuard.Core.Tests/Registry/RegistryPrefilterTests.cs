using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class RegistryPrefilterTests
{
    [Fact]
    public void MayContain_EveryAddedTag_TrueAndFewOthers()
    {
        var random = new Random(7);
        var builder = new RegistryPrefilter.Builder(16);
        var added = new HashSet<uint>();
        for (int r = 0; r < 50_000; r++)
        {
            uint[] tags = [(uint)random.NextInt64(0, 1L << 32), (uint)random.NextInt64(0, 1L << 32), 0u, uint.MaxValue];
            added.UnionWith(tags);
            builder.Add(tags);
        }

        RegistryPrefilter prefilter = builder.Build()!;

        Assert.Equal(added.Count, prefilter.Count);
        Assert.All(added, tag => Assert.True(prefilter.MayContain(tag)));
        int falsePositives = 0;
        for (int i = 0; i < 100_000; i++)
        {
            uint probe = (uint)random.NextInt64(0, 1L << 32);
            if (!added.Contains(probe) && prefilter.MayContain(probe))
            {
                falsePositives++;
            }
        }

        Assert.Equal(0, falsePositives); // exact 32-bit tags: only a tag that was added is present
    }

    [Fact]
    public void Build_ARecordWithoutTags_NoFilter()
    {
        var builder = new RegistryPrefilter.Builder(4);
        builder.Add([1u, 2u]);
        builder.Add(null);
        Assert.Null(builder.Build());
    }

    [Fact]
    public void MayContain_TagsCollidingOnTheirLowBits_EachFoundAndNeighboursNot()
    {
        // Tags that share their low bits land on the same slot and probe onward: each must still be told apart.
        var builder = new RegistryPrefilter.Builder(4);
        uint[] colliding = [0x0001_0005u, 0x0002_0005u, 0x0003_0005u, 0x0004_0005u];
        builder.Add(colliding);
        RegistryPrefilter prefilter = builder.Build()!;

        Assert.All(colliding, tag => Assert.True(prefilter.MayContain(tag)));
        Assert.False(prefilter.MayContain(0x0005_0005u));
        Assert.False(prefilter.MayContain(0x0001_0006u));
        Assert.False(prefilter.MayContain(0u));
    }

    [Fact]
    public void MayContain_EmptyFilter_False()
    {
        Assert.False(new RegistryPrefilter.Builder(0).Build()!.MayContain(12345u));
    }
}
