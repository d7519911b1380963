using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

public sealed class LeetDecoderTests
{
    [Theory]
    [InlineData("k1ll him", "kill him")]
    [InlineData("his 4ddr3ss is", "his address is")]
    [InlineData("h0m3 4ddr355", "home address")]
    [InlineData("$hoot", "shoot")]
    [InlineData("b@nk", "bank")]
    [InlineData("d0x", "dox")]
    [InlineData("7hr347", "threat")]
    [InlineData("k\u0456ll", "kill")]
    [InlineData("\u0430ddress", "address")]
    public void Decode_LeetOrHomoglyphWords_BecomePlain(string input, string expected) =>
        Assert.Equal(expected, LeetDecoder.Decode(input));

    [Theory]
    [InlineData("pay $2k now")]
    [InlineData("call 773-555-0143")]
    [InlineData("10k reward, 5th street, the 1990s, 3am")]
    [InlineData("1337 and @john")]
    [InlineData("write to jane5@mail.com")]
    [InlineData("\u041F\u0440\u0438\u0432\u0435\u0442")]
    [InlineData("plain words only")]
    public void Decode_NumbersAmountsHandlesAndPlainWords_Stay(string input) =>
        Assert.Equal(input, LeetDecoder.Decode(input));
}
