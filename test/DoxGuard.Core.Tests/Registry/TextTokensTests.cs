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

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("#")]
    [InlineData("call 773-555-0142 or DV 43317, Apt #4B")]
    [InlineData("6120 N Kilbourn Ave, Milwaukee WI 53209 ## see ya at 5pm!!")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyz")] // one token over 64 characters
    [InlineData("               x              1               y2                                                  z3#")] // tokens at block edges
    [InlineData("Jos\u00e9 P\u00e9rez vive en la calle 5 \u2019 \u0663\u0663 ab\u0663 \ud83d\ude00 \u00a0 \u03a9mega Stra\u00dfe 12")] // beyond ASCII
    public void ForThread_AnyText_SameTokensAsCharacterByCharacter(string text)
    {
        AssertSameTokens(text);
    }

    [Fact]
    public void ForThread_RandomTexts_SameTokensAsCharacterByCharacter()
    {
        // Texts drawn from letters, digits and the separators the scans look at, ASCII and beyond (a letter, a
        // non-ASCII digit, a curly quote, surrogate halves, a no-break space), of every length around the 16-character
        // blocks and 64-bit words the masks are built in.
        const string Alphabet = "aZk09 #.-,\n@+$:/\u00e9\u0663\u2019\ud83d\ude00\u00a0\u03a9";
        var random = new Random(20261129);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            AssertSameTokens(new string(chars));
        }
    }

    [Fact]
    public void CapitalPairByMasks_EveryLatin1CharacterInContext_SameAsCharacterByCharacter()
    {
        // Each of the 256 characters where the masks' closed forms must agree with char.IsLetterOrDigit and IsUpper:
        // starting a word, inside one, alone between two words, and as the word after a capital.
        for (int c = 0; c < 256; c++)
        {
            char x = (char)c;
            foreach (string text in new[] { $"{x}ab Cd", $"xy {x}b Cd", $"Ab {x} Cd", $"Ab {x}b", $"Ab c{x}d Ef", $"Ab, cd {x}", $"{x}", $"Ab{x}Cd ef" })
            {
                Assert.True(TextTokens.CapitalPair(text) == TextTokens.CapitalPairByMasks(text), $"U+{c:X4} in '{text}'");
            }
        }
    }

    [Fact]
    public void CapitalPairByMasks_RandomLatin1Texts_SameAsCharacterByCharacter()
    {
        var random = new Random(1129);
        const string Common = " aAbzxyZ\u00e9\u00c9.,";
        int pairs = 0;
        for (int round = 0; round < 5000; round++)
        {
            // Mostly short texts, so that both answers are common; some past the 64-character words of the masks.
            var chars = new char[random.Next(4) == 0 ? random.Next(60, 300) : random.Next(0, 24)];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(3) == 0 ? (char)random.Next(256) : Common[random.Next(Common.Length)];
            }

            string text = new(chars);
            bool expected = TextTokens.CapitalPair(text);
            pairs += expected ? 1 : 0;
            Assert.True(expected == TextTokens.CapitalPairByMasks(text), $"'{text}'");
        }

        Assert.InRange(pairs, 500, 4500); // both answers drawn often enough to be compared
    }

    private static void AssertSameTokens(string text)
    {
        var expected = new TextTokens(text); // the character-by-character reading
        TextTokens actual = TextTokens.ForThread(text);

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.HasDigits, actual.HasDigits);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
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
