using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Tests.Analysis;

public sealed class EntityMergerTests
{
    private static Entity E(EntityType type, int start, int end, double score) => new(type, start, end, score, "t", "t");

    [Fact]
    public void Merge_SameTypeOverlap_Joined()
    {
        var merged = EntityMerger.Merge([E(EntityType.StreetAddress, 0, 10, 0.7), E(EntityType.StreetAddress, 5, 20, 0.9)]);

        Entity only = Assert.Single(merged);
        Assert.Equal((0, 20, 0.9), (only.Start, only.End, only.Score));
    }

    [Fact]
    public void Merge_ConfidentContainer_BeatsHigherScoredInnerSpan()
    {
        var merged = EntityMerger.Merge([E(EntityType.Person, 3, 10, 0.95), E(EntityType.StreetAddress, 0, 14, 0.8)]);

        Assert.Equal(EntityType.StreetAddress, Assert.Single(merged).Type);
    }

    [Fact]
    public void Merge_PartialOverlapAcrossTypes_HigherScoreWins()
    {
        var merged = EntityMerger.Merge([E(EntityType.PhoneNumber, 0, 10, 0.6), E(EntityType.UsSsn, 5, 16, 0.9)]);

        Assert.Equal(EntityType.UsSsn, Assert.Single(merged).Type);
    }

    [Fact]
    public void Merge_Disjoint_AllKeptSortedByStart()
    {
        var merged = EntityMerger.Merge([E(EntityType.Url, 20, 30, 0.9), E(EntityType.Person, 0, 5, 0.9)]);

        Assert.Equal([0, 20], merged.Select(e => e.Start));
    }

    [Fact]
    public void Merge_HandleInsideProfileLink_HandleKept()
    {
        var merged = EntityMerger.Merge([E(EntityType.SocialHandle, 5, 16, 0.85), E(EntityType.Url, 0, 16, 0.9)]);

        Assert.Equal(EntityType.SocialHandle, Assert.Single(merged).Type);
    }
}
