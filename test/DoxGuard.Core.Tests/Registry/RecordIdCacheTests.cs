using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class RecordIdCacheTests
{
    [Fact]
    public void IdOf_RepeatedAndSlotSharingHashes_AlwaysAnswersAsTheIndex()
    {
        var random = new Random(21);
        var records = new List<HashedRecord>();
        var held = new List<UInt128>();
        for (int r = 0; r < 3000; r++)
        {
            var own = new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64());
            held.Add(own);

            // a hash shared by many records: the lowest one answers
            records.Add(new HashedRecord($"r{r}", r % 50 == 7 ? [own, new UInt128(9, 0x5000)] : [own]));
        }

        RegistryIndex index = RegistryIndex.Build(records);
        var cache = new RecordIdCache();

        // Same low 12 bits (one slot), different hashes: the slot must never answer for the wrong one.
        UInt128[] slotMates = [new UInt128(9, 0x5000), new UInt128(10, 0x25000), new UInt128(9, 0x15000), held[5]];
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal("r7", cache.IdOf(slotMates[0], index));
            Assert.Null(cache.IdOf(slotMates[1], index));
            Assert.Null(cache.IdOf(slotMates[2], index));
            Assert.Equal("r5", cache.IdOf(slotMates[3], index));
        }

        for (int i = 0; i < 20_000; i++)
        {
            int r = random.Next(held.Count);
            bool absent = random.Next(4) == 0;
            UInt128 hash = absent ? new UInt128((ulong)random.NextInt64(), (ulong)random.NextInt64()) : held[r];
            Assert.Equal(absent ? null : $"r{r}", cache.IdOf(hash, index));
        }
    }
}
