using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class CreditCardRecognizerTests
{
    private static readonly CreditCardRecognizer Recognizer = new();

    [Theory]
    [InlineData("4111111111111111", "4111111111111111", "Visa")]
    [InlineData("4222222222222", "4222222222222", "Visa")]
    [InlineData("x 5105 1051 0510 5100.", "5105 1051 0510 5100", "Mastercard")]
    [InlineData("2720 9900 0000 0007", "2720 9900 0000 0007", "Mastercard")]
    [InlineData("371449635398431", "371449635398431", "American Express")]
    [InlineData("6011-0009-9013-9424", "6011-0009-9013-9424", "Discover")]
    [InlineData("3566 0020 2036 0505", "3566 0020 2036 0505", "JCB")]
    [InlineData("36227206271667", "36227206271667", "Diners Club")]
    public void Analyze_TestCardNumbers_FindsSpanAndIssuer(string text, string span, string issuer)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.CreditCard);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.StartsWith(issuer, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("4111 1111 1111 111")]
    [InlineData("1234567812345670")]
    [InlineData("2721 0000 0000 0008")]
    [InlineData("4111 1111-1111 1111")]
    [InlineData("41 11 11 11 11 11 11 11")]
    [InlineData("A4111111111111111")]
    [InlineData("4111111111111111.5")]
    [InlineData("tracking 4111111111111111")]
    [InlineData("+1 773 555 0143 and 773-555-0143")]
    [InlineData("123-45-6789")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_CardCue_RaisesScore()
    {
        double bare = NumericTestKit.Single(Recognizer, "x 4111111111111111", EntityType.CreditCard).Score;
        double cued = NumericTestKit.Single(Recognizer, "tarjeta 4111111111111111", EntityType.CreditCard).Score;
        Assert.True(cued > bare);
    }

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("79927398713", true)]
    [InlineData("79927398710", false)]
    public void Luhn_KnownValues_Checks(string digits, bool valid)
    {
        Assert.Equal(valid, CreditCardRecognizer.Luhn(digits));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("4111 ")]
    [InlineData("4-")]
    public void Analyze_PathologicalRepeats_FindsNothingOrBoundedCards(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }
}
