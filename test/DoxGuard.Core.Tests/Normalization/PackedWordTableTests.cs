using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

public sealed class PackedWordTableTests
{
    private static readonly PackedWordTable Table = new(new Dictionary<string, int>
    {
        ["o"] = 1, ["oh"] = 2, ["five"] = 3, ["arroba"] = 4, ["nosotros"] = 5, ["m\u00E1s"] = 6, ["don't"] = 7,
    });

    [Theory]
    [InlineData("o", true, 1)]
    [InlineData("oh", true, 2)]
    [InlineData("five", true, 3)]
    [InlineData("arroba", true, 4)]
    [InlineData("nosotros", true, 5)]
    [InlineData("m\u00E1s", true, 6)]
    [InlineData("don't", true, 7)]
    [InlineData("ohh", false, 0)]
    [InlineData("fiv", false, 0)]
    [InlineData("mas", false, 0)]
    [InlineData("nosotra", false, 0)]
    [InlineData("dont", false, 0)]
    public void TryGetValue_PresentWordsAndNearMisses_FindOnlyThePresent(string word, bool found, int value)
    {
        Assert.Equal(found, Table.TryGetValue(PackedWordTable.Pack(word), out int actual));
        Assert.Equal(value, actual);
    }

    [Fact]
    public void TryGetValue_ManyWords_EachFoundWithItsOwnValue()
    {
        var words = new Dictionary<string, int>();
        for (int n = 0; n < 500; n++)
        {
            words["w" + n.ToString(System.Globalization.CultureInfo.InvariantCulture)] = n;
        }

        var table = new PackedWordTable(words);

        foreach ((string word, int value) in words)
        {
            Assert.True(table.TryGetValue(PackedWordTable.Pack(word), out int actual));
            Assert.Equal(value, actual);
        }

        Assert.False(table.TryGetValue(PackedWordTable.Pack("w500"), out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("ninechars")]
    [InlineData("\u0430t")]
    public void Pack_WordsATableCannotHold_Throw(string word) =>
        Assert.Throws<ArgumentException>(() => PackedWordTable.Pack(word));
}
