using DoxGuard.Entities;
using DoxGuard.Redaction;

namespace DoxGuard.Tests.Redaction;

public sealed class RedactorTests
{
    private static Entity E(EntityType type, int start, int end) => new(type, start, end, 0.9, "test", "test");

    [Fact]
    public void Redact_NoEntities_ReturnsText() => Assert.Equal("hello", Redactor.Redact("hello", []));

    [Fact]
    public void Redact_EntityAtStartAndEnd_BothReplaced()
    {
        string text = "Bob lives at 1 Elm St";

        string redacted = Redactor.Redact(text, [E(EntityType.Person, 0, 3), E(EntityType.StreetAddress, 13, 21)]);

        Assert.Equal("[PERSON] lives at [STREET_ADDRESS]", redacted);
    }

    [Fact]
    public void Redact_AdjacentEntities_BothReplaced()
    {
        string redacted = Redactor.Redact("ab", [E(EntityType.Person, 0, 1), E(EntityType.Url, 1, 2)]);

        Assert.Equal("[PERSON][URL]", redacted);
    }

    [Fact]
    public void Redact_OverlappingEntities_FoldedSoNothingLeaks()
    {
        string redacted = Redactor.Redact("0123456789", [E(EntityType.PhoneNumber, 1, 6), E(EntityType.UsSsn, 4, 9)]);

        Assert.Equal("0[PHONE_NUMBER]9", redacted);
    }
}
