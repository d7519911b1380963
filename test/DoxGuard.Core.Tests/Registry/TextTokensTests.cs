using DoxGuard.Analysis;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

public sealed class TextTokensTests
{
    public static TheoryData<string, bool> Posts() => new()
    {
        // Something a token scan may find: a digit, a name pair (with or without a middle initial, either order),
        // text beyond ASCII, a post in one case.
        { "call me at 5pm", true },
        { "that's Daniel Kwiatkowski for you", true },
        { "that's Daniel J. Kwiatkowski for you", true },
        { "Kwiatkowski, Daniel is the one", true },
        { "Ask them all about Daniel", false },
        { "el agente Ángel vive aquí", true },
        { "Hoy vino Ángel Pérez a la casa", true },
        { "Qué partidazo el de anoche, Sí Señor", true },
        { "it\u2019s Daniel Kwiatkowski", true },
        { "that's daniel kwiatkowski for you", true },
        { "THAT'S DANIEL KWIATKOWSKI", true },

        // Look-alikes: capitalised words too far apart for a name pair.
        { "Honestly the game last night was wild. Anyone else see it?", false },
        { "Made my grandma's lasagna tonight, the kids loved it. I think so.", false },
        { "Reading a great thriller right now, no spoilers please!", false },
        { "Qué partidazo el de anoche, el portero salvó tres goles", false },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void NeedsTokens_Post_TrueWhenAScanCouldFindSomething(string text, bool expected)
    {
        Assert.Equal(expected, TextTokens.NeedsTokens(text));
    }

    [Theory]
    [MemberData(nameof(Posts))]
    [InlineData("Ver a \u5f20\u4f1f ma\u00f1ana", true)] // beyond Latin-1: the traits say non-ASCII, the search says beyond Latin-1
    [InlineData("ma\u00f1ana vemos", true)] // Latin-1 only, all lower case: a post in one case
    [InlineData("Ma\u00f1ana vemos el partido", false)]
    public void NeedsTokens_WithEngineTraits_AgreesWithTheTextAlone(string text, bool expected)
    {
        Assert.Equal(expected, TextTokens.NeedsTokens(text, TextTraits.Of(text)));
        Assert.Equal(expected, TextTokens.NeedsTokens(text));
    }

    [Fact]
    public void ForThread_MixedText_CountsLettersAndDigitsPerToken()
    {
        TextTokens tokens = TextTokens.ForThread("Apt #4B, José 773");

        Assert.Equal(5, tokens.Count);
        Assert.Equal(new TextToken(0, 3, 3, 0), tokens[0]);
        Assert.True(tokens[1].IsSymbol);
        Assert.Equal(new TextToken(5, 7, 1, 1), tokens[2]);
        Assert.Equal(new TextToken(9, 13, 4, 0), tokens[3]);
        Assert.True(tokens[4].IsNumber);
        Assert.True(tokens.HasDigits);
        Assert.False(TextTokens.ForThread("no digits here").HasDigits);
    }
}
