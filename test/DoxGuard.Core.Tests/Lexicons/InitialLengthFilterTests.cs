using DoxGuard.Lexicons;

namespace DoxGuard.Tests.Lexicons;

public sealed class InitialLengthFilterTests
{
    private static readonly string[] Keys = ["calle", "Avenida", "po", "código", "C/"];

    [Theory]
    [InlineData("calle", true)]
    [InlineData("CALLE", true)]
    [InlineData("Calle", true)]
    [InlineData("avenida", true)]
    [InlineData("PO", true)]
    [InlineData("codigo", true)] // same initial and length as "código": a "maybe", the lookup decides
    [InlineData("c/", true)]
    [InlineData("callé", true)]
    [InlineData("the", false)]
    [InlineData("call", false)]
    [InlineData("callejones", false)]
    [InlineData("pos", false)]
    [InlineData("dog", false)]
    [InlineData("avenue", false)]
    [InlineData("cxlle", false)] // right initial and length, wrong second letter
    [InlineData("pa", false)]
    [InlineData("cº", true)] // a second character that is no ASCII letter: every 'c' key of its length may match
    [InlineData("c", false)] // no one-letter key
    public void MayContain_AsciiInitial_AnswersByInitialAndLength(string word, bool expected)
    {
        var filter = new InitialLengthFilter(Keys);

        Assert.Equal(expected, filter.MayContain(word));
    }

    [Theory]
    [InlineData("")]
    [InlineData("éxito")]
    [InlineData("#")]
    [InlineData("4b")]
    public void MayContain_NoAsciiLetterFirst_IsAlwaysMaybe(string word)
    {
        var filter = new InitialLengthFilter(Keys);

        Assert.True(filter.MayContain(word));
    }

    [Fact]
    public void MayContain_EveryKeyOfAStreetLexicon_IsNeverRuledOut()
    {
        // The filter must never hide a key from the lookup it guards, in any case spelling.
        var filter = new InitialLengthFilter(StreetWords.SpanishViaSpellings);

        foreach (string key in StreetWords.SpanishViaSpellings)
        {
            Assert.True(filter.MayContain(key), key);
            Assert.True(filter.MayContain(key.ToUpperInvariant()), key);
            Assert.True(StreetWords.TryGetSpanishViaType(key.ToUpperInvariant(), out _), key);
        }
    }
}
