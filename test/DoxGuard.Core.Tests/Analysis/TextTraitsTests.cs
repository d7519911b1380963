using DoxGuard.Analysis;

namespace DoxGuard.Tests.Analysis;

public sealed class TextTraitsTests
{
    [Theory]
    [InlineData("", 0, false, false, false, false, false)]
    [InlineData("no digits here at all, just words", 0, false, false, false, false, false)]
    [InlineData("call 773-555-0143", 10, false, false, false, false, false)]
    [InlineData("a@b.c", 0, true, false, true, false, false)]
    [InlineData("https://example.org/about at 10:30", 4, false, false, true, true, true)]
    [InlineData("vive en la calle Juárez 88", 2, false, true, false, false, false)]
    [InlineData("1234567", 7, false, false, false, false, false)] // shorter than one vector
    [InlineData("12345678", 8, false, false, false, false, false)] // exactly one vector
    [InlineData("123456789", 9, false, false, false, false, false)] // one vector and a tail
    [InlineData("abcdefgh/", 0, false, false, false, true, false)] // the fact only in the tail
    [InlineData("\u0660\u0661 arabic-indic digits are not ASCII digits", 0, false, true, false, false, false)]
    public void Of_Text_CountsDigitsAndFindsMarks(string text, int digits, bool at, bool nonAscii, bool dot, bool slash, bool colon)
    {
        Assert.Equal(new TextTraits(digits, at, nonAscii, dot, slash, colon), TextTraits.Of(text));
    }

    [Fact]
    public void Of_RandomTexts_AgreesWithACharacterByCharacterCount()
    {
        var random = new Random(7);
        const string alphabet = "ab 09@./:\u00e9\u0080\u007f\u2019x5";
        for (int n = 0; n < 2_000; n++)
        {
            char[] chars = new char[random.Next(0, 70)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            var expected = new TextTraits(
                text.Count(char.IsAsciiDigit),
                text.Contains('@'),
                text.Any(c => c > '\u007f'),
                text.Contains('.'),
                text.Contains('/'),
                text.Contains(':'));
            Assert.Equal(expected, TextTraits.Of(text));
        }
    }
}
