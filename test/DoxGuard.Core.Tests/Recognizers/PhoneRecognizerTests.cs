using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class PhoneRecognizerTests
{
    private static readonly PhoneRecognizer Recognizer = new();

    [Theory]
    [InlineData("call (773) 555-0143", "(773) 555-0143", "+17735550143", "en")]
    [InlineData("773.555.0143", "773.555.0143", "+17735550143", "en")]
    [InlineData("773-555-0143", "773-555-0143", "+17735550143", "en")]
    [InlineData("773 555 0143", "773 555 0143", "+17735550143", "en")]
    [InlineData("my number 7735550143", "7735550143", "+17735550143", "en")]
    [InlineData("+1 773 555 0143", "+1 773 555 0143", "+17735550143", "en")]
    [InlineData("1-773-555-0143", "1-773-555-0143", "+17735550143", "en")]
    [InlineData("+1 (773) 555-0143.", "+1 (773) 555-0143", "+17735550143", "en")]
    [InlineData("773-555-0143 ext 12", "773-555-0143 ext 12", "+17735550143", "en")]
    [InlineData("773-555-0143 x12, ask for Bob", "773-555-0143 x12", "+17735550143", "en")]
    [InlineData("+52 55 1234 5678", "+52 55 1234 5678", "+525512345678", "es")]
    [InlineData("mi cel 55 1234 5678", "55 1234 5678", "+525512345678", "es")]
    [InlineData("tel (55) 1234-5678", "(55) 1234-5678", "+525512345678", "es")]
    [InlineData("+52 1 55 1234 5678", "+52 1 55 1234 5678", "+525512345678", "es")]
    [InlineData("044 55 1234 5678", "044 55 1234 5678", "+525512345678", "es")]
    [InlineData("01 55 1234 5678", "01 55 1234 5678", "+525512345678", "es")]
    [InlineData("+34 612 345 678", "+34 612 345 678", "+34612345678", "es")]
    [InlineData("612 34 56 78", "612 34 56 78", "+34612345678", "es")]
    [InlineData("91 123 45 67", "91 123 45 67", "+34911234567", "es")]
    [InlineData("llama al 612345678", "612345678", "+34612345678", "es")]
    [InlineData("Toronto: 416-555-0143", "416-555-0143", "+14165550143", "en")]
    [InlineData("born 1990, call 773-555-0143 2024", "773-555-0143", "+17735550143", "en")]
    public void Analyze_WrittenFormats_FindsSpanAndE164(string text, string span, string e164, string language)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.PhoneNumber, language);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Equal(e164, result.Normalized);
    }

    [Theory]
    [InlineData("call me at 555-0143", "555-0143")]
    [InlineData("cel: 555-0143", "555-0143")]
    [InlineData("555-0143 (cell)", "555-0143")]
    public void Analyze_LocalNumberWithCue_FoundWithoutNormalizedValue(string text, string span)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.PhoneNumber);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Null(result.Normalized);
    }

    [Theory]
    [InlineData("the total was 555-0143")]
    [InlineData("meeting on 2024-11-28 at 10:30")]
    [InlineData("date 11/28/2024")]
    [InlineData("from 1990-2020")]
    [InlineData("price $1,234.56")]
    [InlineData("ZIP 60629 and 60629-1234")]
    [InlineData("SSN 123-45-6789")]
    [InlineData("card 4111 1111 1111 1111")]
    [InlineData("card 4111-1111-1111-1111")]
    [InlineData("ip 192.168.100.143")]
    [InlineData("order #7735550143")]
    [InlineData("tracking: 7735550143")]
    [InlineData("case no. 773-555-0143")]
    [InlineData("pedido 5512345678")]
    [InlineData("won 3-2")]
    [InlineData("v10.2.3.4567")]
    [InlineData("id A7735550143")]
    [InlineData("hash 77355501431234567890")]
    [InlineData("coords 41.77812, -87.70123")]
    [InlineData("612345678")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_CueNearby_RaisesScore()
    {
        double bare = NumericTestKit.Single(Recognizer, "it was 7735550143", EntityType.PhoneNumber).Score;
        double cued = NumericTestKit.Single(Recognizer, "text her 7735550143", EntityType.PhoneNumber).Score;
        Assert.True(cued > bare, $"cue {cued} <= bare {bare}");
        Assert.InRange(cued, 0.85, 1.0);
    }

    [Fact]
    public void Analyze_NanpShapeOutsideValidRanges_FoundButScoredLower()
    {
        var odd = NumericTestKit.Single(Recognizer, "(211) 555-0143", EntityType.PhoneNumber);
        var valid = NumericTestKit.Single(Recognizer, "(773) 555-0143", EntityType.PhoneNumber);
        Assert.True(odd.Score < valid.Score);
        Assert.Equal("+12115550143", odd.Normalized);
        Assert.Empty(NumericTestKit.Spans(Recognizer, "2115550143"));
    }

    [Fact]
    public void Analyze_InternationalValid_ScoresStrong()
    {
        Assert.InRange(NumericTestKit.Single(Recognizer, "+34 612 345 678", EntityType.PhoneNumber).Score, 0.9, 1.0);
    }

    [Fact]
    public void Analyze_TwoNumbers_FindsBoth()
    {
        string text = "call 773-555-0143 or (312) 555-0199";
        Assert.Equal(["773-555-0143", "(312) 555-0199"], NumericTestKit.Spans(Recognizer, text));
    }

    [Theory]
    [InlineData('1', 65536)]
    [InlineData('.', 65536)]
    [InlineData('-', 65536)]
    public void Analyze_PathologicalRepeats_FindsNothing(char c, int length)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, new string(c, length)));
    }

    [Fact]
    public void Analyze_PathologicalGroupedDigits_FindsNothing()
    {
        string text = string.Concat(Enumerable.Repeat("12 34 ", 11000));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_ManyPhonesInLongPost_FindsEach()
    {
        string text = string.Concat(Enumerable.Repeat("call 773-555-0143 now. ", 500));
        Assert.Equal(500, NumericTestKit.Spans(Recognizer, text).Count);
    }
}
