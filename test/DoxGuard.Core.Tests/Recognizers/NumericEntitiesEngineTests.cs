using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

/// <summary>The numeric and web recognizers together through the engine: each value is claimed by its own type only.</summary>
public sealed class NumericEntitiesEngineTests
{
    private static readonly ScanEngine Engine = new(
        new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), new NoHarmClassifier(), new BaselinePolicy());

    private static readonly HashSet<EntityType> NumericTypes =
    [
        EntityType.PhoneNumber, EntityType.EmailAddress, EntityType.Url, EntityType.IpAddress, EntityType.CreditCard,
        EntityType.UsSsn, EntityType.GeoCoordinates,
    ];

    [Theory]
    [InlineData("en", "cell 773-555-0143, mail john.smith@gmail.com, site example.com/abc, IP 73.162.44.201, card 4111 1111 1111 1111, SSN 536-22-1234, home 41.77812, -87.70123")]
    [InlineData("es", "cel 55 1234 5678, correo pepe@hotmail.es, IP 187.190.12.5, tarjeta 4111-1111-1111-1111, seguro social 536-22-1234, casa lat 19.4326, long -99.1332")]
    public void FindEntities_MixedDox_EachValueHasItsOwnType(string language, string text)
    {
        var found = Engine.FindEntities(text, language)
            .Where(e => NumericTypes.Contains(e.Type))
            .Select(e => (e.Type, text[e.Start..e.End]))
            .ToList();

        var expected = language == "en"
            ? new List<(EntityType, string)>
            {
                (EntityType.PhoneNumber, "773-555-0143"), (EntityType.EmailAddress, "john.smith@gmail.com"),
                (EntityType.Url, "example.com/abc"), (EntityType.IpAddress, "73.162.44.201"),
                (EntityType.CreditCard, "4111 1111 1111 1111"), (EntityType.UsSsn, "536-22-1234"),
                (EntityType.GeoCoordinates, "41.77812, -87.70123"),
            }
            : new List<(EntityType, string)>
            {
                (EntityType.PhoneNumber, "55 1234 5678"), (EntityType.EmailAddress, "pepe@hotmail.es"),
                (EntityType.IpAddress, "187.190.12.5"), (EntityType.CreditCard, "4111-1111-1111-1111"),
                (EntityType.UsSsn, "536-22-1234"), (EntityType.GeoCoordinates, "19.4326, long -99.1332"),
            };
        Assert.Equal(expected, found);
    }

    [Fact]
    public void FindEntities_HarmlessNumbers_FindsNoNumericEntity()
    {
        const string text = "Won 3-2 on 2024-11-28 at 10:30, tickets $45.50, v1.2.3, ZIP 60629-1234, 1990-2020, e.g. file.txt, 1.5, 2.3";
        Assert.DoesNotContain(Engine.FindEntities(text, "en"), e => NumericTypes.Contains(e.Type));
    }

    [Fact]
    public void FindEntities_MapLink_SplitsUrlAndCoordinates()
    {
        const string text = "he is here https://www.google.com/maps/@41.77812,-87.70123,17z ok";
        var found = Engine.FindEntities(text, "en").Select(e => (e.Type, text[e.Start..e.End])).ToList();
        Assert.Contains((EntityType.GeoCoordinates, "41.77812,-87.70123"), found);
        Assert.Contains((EntityType.Url, "https://www.google.com/maps/@"), found);
    }
}
