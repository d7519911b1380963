using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Entities;

namespace DoxGuard.Tests.Analysis;

// The engine collects each post's entities in a per-thread scratch list: a result must never share it.
public sealed class ScanEngineEntityListTests
{
    private static readonly ScanEngine Engine = ScanEngineFactory.CreateDefault();

    [Theory]
    [InlineData("call me at 773-555-0143 or mail daniel.k@example.com", 2)]
    [InlineData("call me at 773-555-0143", 1)]
    [InlineData("nothing personal here", 0)]
    public void Scan_LaterPosts_LeaveEarlierEntitiesUnchanged(string text, int expected)
    {
        ScanResult first = Engine.Scan(new ScanRequest("a", text));
        Entity[] snapshot = [.. first.Entities];
        Assert.Equal(expected, snapshot.Length);

        Engine.Scan(new ScanRequest("b", "reach Jane at 312-555-0199, she lives at 6120 S Kilbourn Ave"));
        Engine.Scan(new ScanRequest("c", "no entity at all"));

        Assert.Equal(snapshot, first.Entities);
    }

    [Fact]
    public void FindEntities_TwoCalls_ReturnDistinctLists()
    {
        IReadOnlyList<Entity> one = Engine.FindEntities("call me at 773-555-0143 or mail daniel.k@example.com");
        IReadOnlyList<Entity> two = Engine.FindEntities("mail daniel.k@example.com or call 773-555-0143");

        Assert.NotSame(one, two);
        Assert.Equal(2, one.Count);
        Assert.Equal(EntityType.PhoneNumber, one[0].Type);
        Assert.Equal(EntityType.EmailAddress, one[1].Type);
    }
}
