using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class RegistryIndexTests
{
    [Fact]
    public void Query_ManyRecordsWithSharedHashes_ReturnsExactlyTheHoldingRecords()
    {
        var random = new Random(11);
        var shared = new UInt128(0xDEADBEEF, 42);
        var expected = new Dictionary<UInt128, HashSet<int>>();
        var records = new List<HashedRecord>();
        for (int r = 0; r < 20_000; r++)
        {
            var hashes = new List<UInt128>();
            for (int h = 0; h < 5; h++)
            {
                hashes.Add(new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64()));
            }

            if (r % 1000 == 0)
            {
                hashes.Add(shared);
            }

            foreach (UInt128 hash in hashes)
            {
                if (!expected.TryGetValue(hash, out HashSet<int>? set))
                {
                    expected[hash] = set = [];
                }

                set.Add(r);
            }

            records.Add(new HashedRecord($"r{r}", [.. hashes]));
        }

        RegistryIndex index = RegistryIndex.Build(records);

        Assert.Equal(20_000 * 5 + 20, index.Count);
        foreach ((UInt128 hash, HashSet<int> holders) in expected.Take(5000).Append(new(shared, expected[shared])))
        {
            var found = new List<int>();
            Assert.True(index.Query(hash, found));
            Assert.Equal(holders.Order(), found.Order());
        }

        for (int i = 0; i < 1000; i++)
        {
            Assert.False(index.Query(new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64())));
        }
    }

    [Fact]
    public void First_HashesHeldByOneOrManyRecords_ReturnsTheLowestHolderOrMinusOne()
    {
        var random = new Random(12);
        var shared = new UInt128(7, 0xC0FFEE);
        var holders = new Dictionary<UInt128, int>();
        var records = new List<HashedRecord>();
        for (int r = 0; r < 5000; r++)
        {
            var own = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
            holders[own] = r;

            // the shared hash first appears at record 37, then in every 41st record: many holders, one lowest
            records.Add(new HashedRecord($"r{r}", r >= 37 && (r - 37) % 41 == 0 ? [own, shared] : [own]));
        }

        RegistryIndex index = RegistryIndex.Build(records);

        Assert.Equal(37, index.First(shared));
        foreach ((UInt128 hash, int record) in holders.Take(2000))
        {
            Assert.Equal(record, index.First(hash));
        }

        Assert.Equal(-1, index.First(new UInt128(7, 0xC0FFEF)));
        Assert.Equal(-1, RegistryIndex.Build([]).First(shared));
    }

    [Fact]
    public void Query_EmptyIndex_FindsNothing()
    {
        Assert.False(RegistryIndex.Build([]).Query(UInt128.One));
    }

    [Fact]
    public void RecordIds_ManyRecordsOfMixedLengths_EachReadBackByNumber()
    {
        var records = new List<HashedRecord>();
        for (int r = 0; r < 3000; r++)
        {
            records.Add(new HashedRecord(r % 7 == 0 ? $"officer-{r}-ñ" : $"r{r}", [new UInt128(0, (ulong)r + 1)]));
        }

        RegistryIndex index = RegistryIndex.Build(records, expectedRecords: 10);

        Assert.Equal(3000, index.RecordIds.Count);
        Assert.Equal("officer-0-ñ", index.RecordIds[0]);
        Assert.Equal("r1", index.RecordIds[1]);
        Assert.Equal("officer-2996-ñ", index.RecordIds[2996]);
        Assert.Equal("r2999", index.RecordIds[2999]);
        Assert.Equal(records.Select(r => r.Id), index.RecordIds);
        Assert.Throws<ArgumentOutOfRangeException>(() => index.RecordIds[3000]);
    }
}
