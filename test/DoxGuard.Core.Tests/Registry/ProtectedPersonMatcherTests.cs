using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class ProtectedPersonMatcherTests : IClassFixture<ProtectedPersonMatcherTests.Fixture>
{
    private readonly Fixture _fixture;

    public ProtectedPersonMatcherTests(Fixture fixture) => _fixture = fixture;

    /// <summary>Obfuscated and partial mentions of registered details: each must be matched to its record.</summary>
    public static TheoryData<string, EntityType, string> Mentions() => new()
    {
        // phones: formats, spelled out, spaced, country code
        { "call him at 773-555-0143 anytime", EntityType.PhoneNumber, "r1" },
        { "his number (773) 555-0143", EntityType.PhoneNumber, "r1" },
        { "773.555.0143 is his cell", EntityType.PhoneNumber, "r1" },
        { "ring +1 773 555 0143 tonight", EntityType.PhoneNumber, "r1" },
        { "7735550143", EntityType.PhoneNumber, "r1" },
        { "cell 1-773-555-0143", EntityType.PhoneNumber, "r1" },
        { "seven seven three five five five zero one four three", EntityType.PhoneNumber, "r1" },
        { "digits: 7 7 3 5 5 5 0 1 4 3", EntityType.PhoneNumber, "r1" },
        { "her phone is 217-555-0199", EntityType.PhoneNumber, "r2" },
        { "two one seven five five five zero one nine nine, call her", EntityType.PhoneNumber, "r2" },
        { "text +44 20 7946 0958 and ask for her", EntityType.PhoneNumber, "r3" },
        // emails: case, written-out
        { "mail DKWIAT.HOME@EXAMPLE.COM", EntityType.EmailAddress, "r1" },
        { "write to dkwiat.home at example dot com", EntityType.EmailAddress, "r1" },
        { "laura.benitez@example.org is her inbox", EntityType.EmailAddress, "r2" },
        { "Priya.R@Example.Net", EntityType.EmailAddress, "r3" },
        // addresses: suffix and directional variants, partial, units, with city or ZIP
        { "he lives at 6120 S Kilbourn Ave", EntityType.StreetAddress, "r1" },
        { "6120 South Kilbourn Avenue, go there", EntityType.StreetAddress, "r1" },
        { "house at 6120 Kilbourn Ave", EntityType.StreetAddress, "r1" },
        { "6120 S. Kilbourn Ave., Chicago", EntityType.StreetAddress, "r1" },
        { "6120 S Kilbourn Ave, Chicago IL 60629", EntityType.StreetAddress, "r1" },
        { "6120 s kilbourn ave chicago", EntityType.StreetAddress, "r1" },
        { "6120 Kilbourn, 60629", EntityType.StreetAddress, "r1" },
        { "he is at 6120 S Kilbourn in Chicago every night", EntityType.StreetAddress, "r1" },
        { "lives at 6120 S Kilbourn Ave, call seven seven three five five five zero one four three", EntityType.StreetAddress, "r1" },
        { "6120 S Kilbourn Ave, Park your car there", EntityType.StreetAddress, "r1" },
        { "123 Oak Drive #4B", EntityType.StreetAddress, "r2" },
        { "123 Oak Dr. Apt 4B", EntityType.StreetAddress, "r2" },
        { "she lives on 123 Oak Dr, Springfield", EntityType.StreetAddress, "r2" },
        { "123 Oak Drive Apt. 4B Springfield IL 62704", EntityType.StreetAddress, "r2" },
        { "123 oak dr", EntityType.StreetAddress, "r2" },
        { "48 W 73rd St", EntityType.StreetAddress, "r3" },
        { "48 West 73rd Street, New York, NY 10023", EntityType.StreetAddress, "r3" },
        // plates: spaces, dashes, state prefix, case
        { "his car, plate DV 43317", EntityType.LicensePlate, "r1" },
        { "DV-43317 parked outside", EntityType.LicensePlate, "r1" },
        { "IL DV43317", EntityType.LicensePlate, "r1" },
        { "plate dv43317", EntityType.LicensePlate, "r1" },
        // after lower-case common words, which are never read as a plate's letters: the plate still is
        { "the car is at dv 43317 now", EntityType.LicensePlate, "r1" },
        { "her car is abc 1234", EntityType.LicensePlate, "r2" },
        { "parked at 7 ABC 123", EntityType.LicensePlate, "r3" },
        { "D V 4 3 3 1 7", EntityType.LicensePlate, "r1" },
        { "ABC 1234 is her car", EntityType.LicensePlate, "r2" },
        { "abc-1234", EntityType.LicensePlate, "r2" },
        { "plate 7ABC123", EntityType.LicensePlate, "r3" },
        { "7 ABC 123", EntityType.LicensePlate, "r3" },
        // names and relatives: nickname, case, order, initials, accents
        { "Daniel Kwiatkowski is the officer", EntityType.Person, "r1" },
        { "Danny Kwiatkowski is the officer", EntityType.Person, "r1" },
        { "DANIEL KWIATKOWSKI LIVES HERE", EntityType.Person, "r1" },
        { "Kwiatkowski, Daniel: badge photo", EntityType.Person, "r1" },
        { "Daniel J. Kwiatkowski again", EntityType.Person, "r1" },
        { "and his wife Marta Kwiatkowski works nights", EntityType.Person, "r1" },
        { "Laura Benitez is the judge", EntityType.Person, "r2" },
        { "her son Tomás Benítez goes to school there", EntityType.Person, "r2" },
        { "her son Tomas Benitez", EntityType.Person, "r2" },
        { "Arjun Raman picks her up", EntityType.Person, "r3" },
    };

    /// <summary>Look-alikes of registered details: none may match.</summary>
    public static TheoryData<string> LookAlikes() => new()
    {
        "he lives at 6122 S Kilbourn Ave",
        "6120 N Kilbourn Ave",
        "6120 S Kilbourn Ave, Milwaukee WI 53209",
        "6120 S Kilbourn Ave, Chicago IL 60630",
        "6120 S Kilbourn St, Chicago",
        "6120 S Kilbourn Ave in Milwaukee",
        "6120 Kilbourn Ave, Springfield",
        "48 W 73rd St, Chicago, IL",
        "123 Oak Dr Apt 5C",
        "123 Oak Dr, Springfield, MO 65801",
        "124 Oak Dr, Springfield",
        "48 E 73rd St",
        "Kilbourn Ave is closed for repairs",
        "call 773-555-0144",
        "call 773-555-0134",
        "call 217-555-0198",
        "call 773-555-014",
        "dkwiat.home@example.net",
        "dkwiat.home2@example.com",
        "plate DV43318",
        "plate ABC 1235",
        "plate 7ABC124",
        "Daniel Kowalski is the officer",
        "Marta Nowak",
        "Daniel is the officer",
        "Laura Benson",
        "Tomás Gonzalez",
        "the score was 6120 to 4",
    };

    [Theory]
    [MemberData(nameof(Mentions))]
    public void Scan_RegisteredDetailObfuscatedOrPartial_MarksEntityWithRecordId(string text, EntityType type, string recordId)
    {
        IReadOnlyList<Entity> found = RegistryTestKit.Protected(_fixture.Engine, text);
        Assert.True(found.Any(e => e.Type == type && e.ProtectedRecordId == recordId),
            $"'{text}': expected {type} of {recordId}, found [{string.Join(", ", found.Select(e => $"{e.Type}:{e.ProtectedRecordId}"))}]");
    }

    [Theory]
    [MemberData(nameof(LookAlikes))]
    public void Scan_LookAlike_MatchesNothing(string text)
    {
        IReadOnlyList<Entity> found = RegistryTestKit.Protected(_fixture.Engine, text);
        Assert.True(found.Count == 0, $"'{text}': unexpected match [{string.Join(", ", found.Select(e => $"{e.Type}:{text[e.Start..e.End]}"))}]");
    }

    [Fact]
    public void Scan_MentionsTable_RecallAtLeast95Percent()
    {
        var mentions = Mentions();
        Assert.True(mentions.Count >= 40);
        var missed = new List<string>();
        foreach (object[] row in mentions)
        {
            string text = (string)row[0];
            if (!RegistryTestKit.Protected(_fixture.Engine, text).Any(e => e.Type == (EntityType)row[1] && e.ProtectedRecordId == (string)row[2]))
            {
                missed.Add(text);
            }
        }

        double recall = 1.0 - ((double)missed.Count / mentions.Count);
        Assert.True(recall >= 0.95, $"recall {recall:F3}; missed: {string.Join(" | ", missed)}");
    }

    [Fact]
    public void Scan_MatchSpan_CoversTheDetailInOriginalOffsets()
    {
        const string text = "he lives at 6120 S Kilbourn Ave, Chicago IL 60629 and drives DV 43317";
        IReadOnlyList<Entity> found = RegistryTestKit.Protected(_fixture.Engine, text);
        Assert.Contains(found, e => e.Type == EntityType.StreetAddress && text[e.Start..e.End].StartsWith("6120 S Kilbourn Ave", StringComparison.Ordinal));
        Assert.Contains(found, e => e.Type == EntityType.LicensePlate && text[e.Start..e.End] == "DV 43317");
    }

    [Fact]
    public void Scan_SpelledOutPhone_SpanMapsBackToTheWords()
    {
        const string text = "call seven seven three five five five zero one four three now";
        Entity phone = Assert.Single(RegistryTestKit.Protected(_fixture.Engine, text), e => e.Type == EntityType.PhoneNumber);
        Assert.Equal("seven seven three five five five zero one four three", text[phone.Start..phone.End]);
    }

    [Fact]
    public void Scan_ManyUnregisteredDetailsThenARegisteredOne_StillMatched()
    {
        // Two dozen distinct unregistered emails, each read twice (by the scan and from the recognizers' entity), then
        // the registered one twice: a per-post cache of lookups (docs/registry.md) must never answer for another detail.
        string others = string.Join(' ', Enumerable.Range(0, 24).Select(i => $"user{i}.x@example{i}.org"));
        string text = $"{others} and finally dkwiat.home@example.com, again dkwiat.home@example.com";

        IReadOnlyList<Entity> found = RegistryTestKit.Protected(_fixture.Engine, text);

        Assert.Equal(2, found.Count(e => e.Type == EntityType.EmailAddress && e.ProtectedRecordId == "r1"));
        Assert.All(found, e => Assert.Equal("r1", e.ProtectedRecordId));
    }

    [Theory]
    [InlineData("Daniel Kowalski and Daniel Kwiatkowski were both there", "Daniel Kwiatkowski")]
    [InlineData("Daniel Kwiatkowski and Daniel Kowalski were both there", "Daniel Kwiatkowski")]
    [InlineData("Laura Benson met Laura Ben\u00edtez", "Laura Ben\u00edtez")]
    public void Scan_UnregisteredPairBesideRegisteredOne_OnlyTheRegisteredMarked(string text, string registered)
    {
        // The scan rules the unregistered pair out by its key and the recognizers' PERSON entity over it is then not
        // read again (NameRuledOut): that must not hide the registered pair next to it.
        IReadOnlyList<Entity> found = RegistryTestKit.Protected(_fixture.Engine, text);

        Entity person = Assert.Single(found, e => e.Type == EntityType.Person);
        Assert.Equal(registered, text[person.Start..person.End]);
    }

    [Fact]
    public void Scan_WithWrongKey_FindsNothing()
    {
        ScanEngine engine = _fixture.Kit.Engine(RegistryKey.FromBytes("another-key-of-enough-length-000"u8));
        Assert.Empty(RegistryTestKit.Protected(engine, "Daniel Kwiatkowski, 6120 S Kilbourn Ave, 773-555-0143, DV43317, dkwiat.home@example.com"));
    }

    public sealed class Fixture : IDisposable
    {
        public Fixture()
        {
            Kit = new RegistryTestKit();
            ImportReport report = Kit.Import(RegistryTestKit.Daniel, RegistryTestKit.Laura, RegistryTestKit.Priya);
            Assert.Empty(report.Errors);
            Engine = Kit.Engine();
        }

        public RegistryTestKit Kit { get; }

        public ScanEngine Engine { get; }

        public void Dispose() => Kit.Dispose();
    }
}
