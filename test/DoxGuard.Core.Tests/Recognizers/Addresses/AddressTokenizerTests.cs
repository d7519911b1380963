using DoxGuard.Recognizers.Addresses;

namespace DoxGuard.Tests.Recognizers.Addresses;

public sealed class AddressTokenizerTests
{
    [Fact]
    public void ClassOf_EveryChar_AgreesWithTheCharPredicates()
    {
        // The ASCII table is a shortcut: it must give, for every character, the answer of the predicates it replaces.
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            byte expected = char.IsWhiteSpace(c) ? AddressTokenizer.Space
                : char.IsDigit(c) ? AddressTokenizer.Digit
                : char.IsLetter(c) || c is 'º' or '°' or 'ª' ? AddressTokenizer.Letter
                : AddressTokenizer.Other;
            Assert.True(expected == AddressTokenizer.ClassOf(c), $"U+{code:X4}");
        }
    }

    [Theory]
    [InlineData("6120 S. Kilbourn Ave", "Number:6120 Word:S Punct:. Word:Kilbourn Word:Ave")]
    [InlineData("P.O. Box 12", "Word:P.O Punct:. Word:Box Number:12")]
    [InlineData("Apt 4B\nChicago", "Word:Apt Alnum:4B Newline:\n Word:Chicago")]
    [InlineData("3º B, O'Hare\tWilkes-Barre", "Alnum:3º Word:B Punct:, Word:O'Hare Word:Wilkes-Barre")]
    [InlineData("Calle de Alcalá\u00A045", "Word:Calle Word:de Word:Alcalá Number:45")]
    [InlineData("#4B $400", "Punct:# Alnum:4B Punct:$ Number:400")]
    public void Tokenize_MixedText_SplitsIntoKindsAndSpans(string text, string expected)
    {
        var buffer = new AddressToken[text.Length + 1];
        int count = AddressTokenizer.Tokenize(text, buffer);

        string actual = string.Join(' ', buffer.Take(count).Select(t => $"{t.Kind}:{text[t.Start..t.End]}"));
        Assert.Equal(expected, actual);
    }
}
