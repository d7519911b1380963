using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class UpperCaseTests
{
    [Theory]
    [InlineData("dv43317")]
    [InlineData("Kilbourn")]
    [InlineData("7ABC123")]
    [InlineData("")]
    [InlineData("Pe\u00f1a")] // beyond ASCII: the invariant tables decide, as before
    [InlineData("stra\u00dfe")]
    [InlineData("\u0131stanbul")]
    public void Write_AnyText_SameAsToUpperInvariant(string text)
    {
        Span<char> expected = stackalloc char[16];
        Span<char> actual = stackalloc char[16];
        int expectedLength = text.AsSpan().ToUpperInvariant(expected);

        int length = UpperCase.Write(text, actual);

        Assert.Equal(expectedLength, length);
        Assert.Equal(expected[..expectedLength].ToString(), actual[..length].ToString());
    }

    [Theory]
    [InlineData("kilbourn", 4)]
    [InlineData("pe\u00f1a", 3)]
    public void Write_DestinationTooSmall_MinusOne(string text, int room)
    {
        Span<char> into = stackalloc char[room];

        Assert.Equal(-1, UpperCase.Write(text, into));
    }
}
