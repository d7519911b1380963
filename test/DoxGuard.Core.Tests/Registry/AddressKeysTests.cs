using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class AddressKeysTests
{
    // Street readings at a house number: a short number without a directional needs a suffix, and the walk stops at
    // the first one (StreetParses returns before its reading loop when there is none, and reads only the longest
    // when there is); a longer number also gives the bare readings. Cores joined by '|', longest first.
    public static TheoryData<string, string> Readings() => new()
    {
        { "40 minutes ago", "" },
        { "2 people on Main St", "" },
        { "12 Kilbourn Ave", "12 KILBOURN" },
        { "at 12 Kilbourn Ave tonight", "12 KILBOURN" },
        { "12 Kilbourn", "" },
        { "612 Kilbourn Ave", "612 KILBOURN" },
        { "612 Kilbourn", "612 KILBOURN" },
    };

    [Theory]
    [MemberData(nameof(Readings))]
    public void StreetParses_ShortAndLongHouseNumbers_ReadingsAsExpected(string text, string expected)
    {
        var tokens = new TextTokens(text);
        int number = 0;
        while (!AddressKeys.IsHouseNumber(tokens, number))
        {
            number++;
        }

        List<AddressKeys.StreetParse> parses = AddressKeys.StreetParses(tokens, number);

        Assert.Equal(expected, string.Join('|', parses.Select(p => p.Core)));
        Assert.All(parses, p => Assert.True(p.EndsWithSuffix || tokens.Value(number).Length >= 3));
    }
}
