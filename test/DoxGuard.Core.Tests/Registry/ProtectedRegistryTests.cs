using System.Text;
using DoxGuard.Entities;
using DoxGuard.Registry;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Tests.Registry;

public sealed class ProtectedRegistryTests
{
    public static TheoryData<string, string> BadLines() => new()
    {
        { "{not json", "not valid JSON" },
        { "[1,2]", "not a JSON object" },
        { """{"names":["Ann Lee"]}""", "missing 'id'" },
        { """{"id":"x","phones":"773-555-0143"}""", "'phones' must be an array" },
        { """{"id":"x","phones":[12]}""", "'phones[0]' must be a non-empty string" },
        { """{"id":"x","phones":["12"]}""", "'phones[0]' is not a possible phone number" },
        { """{"id":"x","emails":["nobody"]}""", "'emails[0]' is not an email address" },
        { """{"id":"x","addresses":["Kilbourn Ave, Chicago"]}""", "'addresses[0]' must start with a house number" },
        { """{"id":"x","plates":["ABCDEFGHIJ"]}""", "'plates[0]' must have 2 to 8" },
        { """{"id":"x","names":["Madonna"]}""", "'names[0]' needs a given name and a surname" },
        { """{"id":"x","relatives":["Marta"]}""", "'relatives[0]' is a given name alone" },
        { """{"id":"x"}""", "no details" },
        { """{"id":"x","ssn":["123-45-6789"]}""", "unknown field 'ssn'" },
    };

    [Theory]
    [MemberData(nameof(BadLines))]
    public void Import_BadLine_ReportedByLineNumberAndGoodLinesKept(string bad, string expected)
    {
        using var kit = new RegistryTestKit();
        ImportReport report = kit.Import(RegistryTestKit.Daniel, bad, "", RegistryTestKit.Laura);

        Assert.Equal(2, report.Imported);
        ImportError error = Assert.Single(report.Errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(2, ProtectedRegistry.Count(kit.Path));
    }

    [Fact]
    public void Import_ErrorMessage_NeverEchoesTheDetail()
    {
        using var kit = new RegistryTestKit();
        ImportReport report = kit.Import("""{"id":"x","phones":["555-CALL-NOW-ZZZ"],"emails":["secret-person"]}""");
        Assert.DoesNotContain("CALL", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_ExistingRecord_StopsMatchingAndCountDrops()
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel, RegistryTestKit.Laura);
        Assert.Equal(2, ProtectedRegistry.Count(kit.Path));

        Assert.True(ProtectedRegistry.Remove(kit.Path, "r1"));
        Assert.False(ProtectedRegistry.Remove(kit.Path, "r1"));

        Assert.Equal(1, ProtectedRegistry.Count(kit.Path));
        var engine = kit.Engine();
        Assert.Empty(RegistryTestKit.Protected(engine, "call 773-555-0143"));
        Assert.Contains(RegistryTestKit.Protected(engine, "call 217-555-0199"), e => e.ProtectedRecordId == "r2");
    }

    [Fact]
    public void Import_SameIdAgain_ReplacesTheRecord()
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel);
        kit.Import("""{"id":"r1","phones":["312-555-0100"]}""");

        Assert.Equal(1, ProtectedRegistry.Count(kit.Path));
        var engine = kit.Engine();
        Assert.Empty(RegistryTestKit.Protected(engine, "call 773-555-0143"));
        Assert.Single(RegistryTestKit.Protected(engine, "call 312-555-0100"));
    }

    [Fact]
    public void Import_UnderAnotherKey_IsRefused()
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel);
        var other = RegistryKey.FromBytes("a-rotated-key-that-is-long-enough"u8);

        var ex = Assert.Throws<RegistryKeyException>(() => ProtectedRegistry.Import(kit.Path, other, new StringReader(RegistryTestKit.Laura)));
        Assert.Contains("different key", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ProtectedRegistry.Count(kit.Path));
    }

    [Fact]
    public void Count_MissingRegistry_ThrowsFileNotFound()
    {
        using var kit = new RegistryTestKit();
        Assert.Throws<FileNotFoundException>(() => ProtectedRegistry.Count(kit.Path));
        Assert.False(File.Exists(kit.Path));
    }

    [Fact]
    public void Resolve_KeyFile_TrailingNewlineIgnored()
    {
        using var kit = new RegistryTestKit();
        string keyFile = Path.Combine(kit.Directory, "key");
        File.WriteAllText(keyFile, "test-key-0123456789abcdef-not-a-secret\n");
        RegistryKey key = RegistryKey.Resolve(keyFile);

        Assert.Equal(RegistryTestKit.Key.Material.ToArray(), key.Material.ToArray());
    }

    [Fact]
    public void Resolve_ShortKeyFile_ClearError()
    {
        using var kit = new RegistryTestKit();
        string keyFile = Path.Combine(kit.Directory, "key");
        File.WriteAllText(keyFile, "short");
        var ex = Assert.Throws<RegistryKeyException>(() => RegistryKey.Resolve(keyFile));
        Assert.Contains("too short", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_MissingKeyFile_ClearError()
    {
        var ex = Assert.Throws<RegistryKeyException>(() => RegistryKey.Resolve("/nonexistent/doxguard.key"));
        Assert.Contains("cannot be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matcher_EntityFromRecognizerWithNormalizedPhone_IsMarked()
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel);
        IProtectedPersonMatcher matcher = ProtectedRegistry.Open(kit.Path, RegistryTestKit.Key);
        var context = new DoxGuard.Analysis.AnalysisContext(DoxGuard.Normalization.NormalizedText.Identity("number redacted"), "en");
        var entity = new Entity(EntityType.PhoneNumber, 0, 6, 0.9, "test", "phone") { Normalized = "+17735550143" };

        IReadOnlyList<Entity> result = matcher.Annotate(context, [entity]);

        Assert.Equal("r1", Assert.Single(result).ProtectedRecordId);
    }

    [Theory]
    [InlineData("danny kwiatkowski was here", "r1")]
    [InlineData("daniel j kwiatkowski was here", "r1")]
    [InlineData("marta kwiatkowski was here", "r1")]
    [InlineData("danny kowalski was here", null)]
    [InlineData("kwiatkowski alone was here", null)]
    [InlineData("d kwiatkowski was here", null)]
    public void Matcher_PersonEntityFromRecognizer_MarkedOnlyWhenItsNameKeyIsRegistered(string text, string? expected)
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel);
        IProtectedPersonMatcher matcher = ProtectedRegistry.Open(kit.Path, RegistryTestKit.Key);
        int end = text.IndexOf(" was", StringComparison.Ordinal);
        var context = new DoxGuard.Analysis.AnalysisContext(DoxGuard.Normalization.NormalizedText.Identity(text), "en");
        var entity = new Entity(EntityType.Person, 0, end, 0.9, "test", "person");

        IReadOnlyList<Entity> result = matcher.Annotate(context, [entity]);

        Assert.Equal(expected, Assert.Single(result, e => e.Type == EntityType.Person).ProtectedRecordId);
    }

    [Fact]
    public void Open_ThousandsOfRecords_EachFindsItsOwnPhone()
    {
        using var kit = new RegistryTestKit();
        var lines = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            lines.Append($$"""{"id":"s{{i}}","phones":["+1312{{i + 1000000:D7}}"]}""").Append('\n');
        }

        Assert.Equal(5000, ProtectedRegistry.Import(kit.Path, RegistryTestKit.Key, new StringReader(lines.ToString())).Imported);
        var engine = kit.Engine();
        foreach (int i in new[] { 0, 1, 2499, 4999 })
        {
            string phone = $"312{i + 1000000:D7}";
            Assert.Equal($"s{i}", Assert.Single(RegistryTestKit.Protected(engine, $"call {phone} now")).ProtectedRecordId);
        }
    }

    public static TheoryData<string, EntityType> DanielMentions() => new()
    {
        { "his cell is 773 555 0143", EntityType.PhoneNumber },
        { "he lives at 6120 S Kilbourn Ave, Chicago", EntityType.StreetAddress },
        { "that's Daniel Kwiatkowski", EntityType.Person },
        { "his truck plate DV 43317", EntityType.LicensePlate },
        { "write to dkwiat.home@example.com", EntityType.EmailAddress },
    };

    [Theory]
    [MemberData(nameof(DanielMentions))]
    public void Open_RegistryWrittenBeforeThePrefilter_MigratedAndStillMatches(string post, EntityType type)
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel);

        // Rebuild the table as the registry stored it before prefilter tags existed: no tags column at all.
        using (var connection = new SqliteConnection($"Data Source={kit.Path};Pooling=False"))
        {
            connection.Open();
            using SqliteCommand command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE old (id TEXT PRIMARY KEY, hashes BLOB NOT NULL);
                INSERT INTO old SELECT id, hashes FROM records;
                DROP TABLE records;
                ALTER TABLE old RENAME TO records;
                """;
            command.ExecuteNonQuery();
        }

        var engine = kit.Engine();
        Assert.Contains(RegistryTestKit.Protected(engine, post), e => e.Type == type && e.ProtectedRecordId == "r1");

        // A record imported after the migration gets tags, but the old one has none: the filter stays off until a
        // full re-import, and both records keep matching.
        kit.Import(RegistryTestKit.Laura);
        engine = kit.Engine();
        Assert.Contains(RegistryTestKit.Protected(engine, post), e => e.Type == type && e.ProtectedRecordId == "r1");
        Assert.Contains(RegistryTestKit.Protected(engine, "call 217-555-0199"), e => e.ProtectedRecordId == "r2");
    }

    [Theory]
    [MemberData(nameof(DanielMentions))]
    public void Open_WithPrefilter_EveryDetailKindStillMatches(string post, EntityType type)
    {
        using var kit = new RegistryTestKit();
        kit.Import(RegistryTestKit.Daniel, RegistryTestKit.Laura);
        Assert.Contains(RegistryTestKit.Protected(kit.Engine(), post), e => e.Type == type && e.ProtectedRecordId == "r1");
    }
}
