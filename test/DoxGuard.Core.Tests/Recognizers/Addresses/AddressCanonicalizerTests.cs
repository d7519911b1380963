using DoxGuard.Recognizers.Addresses;

namespace DoxGuard.Tests.Recognizers.Addresses;

public sealed class AddressCanonicalizerTests
{
    [Theory]
    [InlineData("6120 S Kilbourn Ave", "6120 S KILBOURN AVE")]
    [InlineData("6120 South Kilbourn Avenue", "6120 S KILBOURN AVE")]
    [InlineData("6120 s. kilbourn ave.", "6120 S KILBOURN AVE")]
    [InlineData("409 magnolia st", "409 MAGNOLIA ST")]
    [InlineData("12 North St", "12 NORTH ST")]
    [InlineData("350 W 59th St", "350 W 59TH ST")]
    [InlineData("1600 Pennsylvania Avenue NW, Washington, DC 20500", "1600 PENNSYLVANIA AVE NW")]
    [InlineData("500 N Lake Shore Dr", "500 N LAKE SHORE DR")]
    [InlineData("4500 Highway 61", "4500 HIGHWAY 61")]
    [InlineData("12 County Road 5", "12 COUNTY ROAD 5")]
    [InlineData("P.O. Box 4411", "PO BOX 4411")]
    [InlineData("Post Office Box 9", "PO BOX 9")]
    [InlineData("Calle de Alcalá 45, 3º B, 28014 Madrid", "CL ALCALA 45")]
    [InlineData("Av. Juárez 88, col. Centro", "AV JUAREZ 88")]
    [InlineData("C/ Mayor 12", "CL MAYOR 12")]
    [InlineData("Carrera 7 # 45-10", "KR 7 45-10")]
    public void TryParse_Address_GivesCanonicalStreetLine(string text, string expected)
    {
        Assert.True(AddressCanonicalizer.TryParse(text, out ParsedAddress address));
        Assert.Equal(expected, address.StreetLine);
    }

    [Fact]
    public void TryParse_FullUsAddress_FillsEveryPart()
    {
        Assert.True(AddressCanonicalizer.TryParse("6120 S. Kilbourn Ave, Apt 4B, Chicago, IL 60629-1234", out ParsedAddress a));
        Assert.Equal("6120", a.HouseNumber);
        Assert.Equal("S", a.PreDirectional);
        Assert.Equal("KILBOURN", a.StreetName);
        Assert.Equal("AVE", a.Suffix);
        Assert.Equal("APT", a.UnitDesignator);
        Assert.Equal("4B", a.Unit);
        Assert.Equal("CHICAGO", a.City);
        Assert.Equal("IL", a.State);
        Assert.Equal("60629-1234", a.PostalCode);
        Assert.Equal("6120 S KILBOURN AVE APT 4B, CHICAGO, IL 60629-1234", a.ToCanonicalString());
    }

    [Theory]
    [InlineData("#4B")]
    [InlineData("Apt 4B")]
    [InlineData("apartment 4b")]
    public void TryParse_UnitSpellings_AllCanonicalizeToApt(string unit)
    {
        Assert.True(AddressCanonicalizer.TryParse($"409 Magnolia St {unit}", out ParsedAddress a));
        Assert.Equal("APT", a.UnitDesignator);
        Assert.Equal("4B", a.Unit);
    }

    [Theory]
    [InlineData("I have 3 dogs and 2 cats")]
    [InlineData("see you at 10 pm")]
    [InlineData("Room 101 was cold")]
    [InlineData("Main Street economics")]
    [InlineData("")]
    public void TryParse_NotAnAddress_ReturnsFalse(string text) => Assert.False(AddressCanonicalizer.TryParse(text, out _));
}
