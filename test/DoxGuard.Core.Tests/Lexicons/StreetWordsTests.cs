using DoxGuard.Lexicons;

namespace DoxGuard.Tests.Lexicons;

public sealed class StreetWordsTests
{
    [Theory]
    [InlineData("Avenue", "AVE")]
    [InlineData("av", "AVE")]
    [InlineData("Ave.", "AVE")]
    [InlineData("Drive", "DR")]
    [InlineData("dr", "DR")]
    [InlineData("Street", "ST")]
    [InlineData("st", "ST")]
    [InlineData("Boulevard", "BLVD")]
    [InlineData("Pkwy", "PKWY")]
    [InlineData("Terrace", "TER")]
    [InlineData("Crossing", "XING")]
    [InlineData("Hwy", "HWY")]
    [InlineData("Way", "WAY")]
    public void TryGetSuffix_KnownSpelling_ReturnsUspsAbbreviation(string word, string expected)
    {
        Assert.True(StreetWords.TryGetSuffix(word, out string canonical));
        Assert.Equal(expected, canonical);
        Assert.True(StreetWords.IsUspsSuffix(canonical));
    }

    [Theory]
    [InlineData("the")]
    [InlineData("dogs")]
    [InlineData("la")]
    [InlineData("GA")]
    [InlineData("Mr")]
    [InlineData("hi")]
    public void TryGetSuffix_OrdinaryWord_ReturnsFalse(string word) => Assert.False(StreetWords.TryGetSuffix(word, out _));

    [Theory]
    [InlineData("North", "N")]
    [InlineData("N.", "N")]
    [InlineData("n", "N")]
    [InlineData("NE", "NE")]
    [InlineData("Southwest", "SW")]
    [InlineData("west", "W")]
    public void TryGetDirectional_KnownSpelling_ReturnsCanonical(string word, string expected)
    {
        Assert.True(StreetWords.TryGetDirectional(word, out string canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("no")]
    [InlineData("so")]
    [InlineData("street")]
    public void TryGetDirectional_Word_ReturnsFalse(string word) => Assert.False(StreetWords.TryGetDirectional(word, out _));

    [Theory]
    [InlineData("Apartment", "APT")]
    [InlineData("Apt", "APT")]
    [InlineData("apt.", "APT")]
    [InlineData("#", "APT")]
    [InlineData("depto", "APT")]
    [InlineData("Suite", "STE")]
    [InlineData("Ste", "STE")]
    [InlineData("Unit", "UNIT")]
    [InlineData("Fl", "FL")]
    [InlineData("piso", "FL")]
    public void TryGetUnitDesignator_KnownSpelling_ReturnsCanonical(string word, string expected)
    {
        Assert.True(StreetWords.TryGetUnitDesignator(word, out string canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("avenida", "AV")]
    [InlineData("Av", "AV")]
    [InlineData("avda", "AV")]
    [InlineData("Calle", "CL")]
    [InlineData("paseo", "PS")]
    [InlineData("Carrera", "KR")]
    [InlineData("cra", "KR")]
    public void TryGetSpanishViaType_KnownSpelling_ReturnsCode(string word, string expected)
    {
        Assert.True(StreetWords.TryGetSpanishViaType(word, out string canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("IL", "IL")]
    [InlineData("il", "IL")]
    [InlineData("Illinois", "IL")]
    [InlineData("new york", "NY")]
    [InlineData("DC", "DC")]
    public void TryGetState_CodeOrName_ReturnsCode(string input, string expected)
    {
        Assert.True(StreetWords.TryGetState(input, out string code));
        Assert.Equal(expected, code);
    }

    [Theory]
    [InlineData("Chicago", "IL", true)]
    [InlineData("chicago", "IL", true)]
    [InlineData("Chicago", "TX", false)]
    [InlineData("San Antonio", "TX", true)]
    [InlineData("Springfield", "MO", true)]
    [InlineData("Atlantis", "FL", false)]
    public void IsCityInState_Gazetteer_Answers(string city, string state, bool expected) =>
        Assert.Equal(expected, StreetWords.IsCityInState(city, state));

    [Theory]
    [InlineData("60629", "IL", true)]
    [InlineData("60629", "CA", false)]
    [InlineData("90210", "CA", true)]
    public void IsZipInState_Prefix_Answers(string zip, string state, bool expected) =>
        Assert.Equal(expected, StreetWords.IsZipInState(zip, state));
}
