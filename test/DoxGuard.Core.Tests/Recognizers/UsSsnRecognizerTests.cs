using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class UsSsnRecognizerTests
{
    private static readonly UsSsnRecognizer Recognizer = new();

    [Theory]
    [InlineData("123-45-6789", "123-45-6789", "123-45-6789")]
    [InlineData("(536-22-1234)", "536-22-1234", "536-22-1234")]
    [InlineData("ssn 536 22 1234.", "536 22 1234", "536-22-1234")]
    [InlineData("social security: 536.22.1234", "536.22.1234", "536-22-1234")]
    [InlineData("SSN#536221234", "536221234", "536-22-1234")]
    [InlineData("536221234 is his social", "536221234", "536-22-1234")]
    [InlineData("899-99-9998", "899-99-9998", "899-99-9998")]
    public void Analyze_Formats_FindsSpanAndCanonicalForm(string text, string span, string normalized)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.UsSsn);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Equal(normalized, result.Normalized);
    }

    [Theory]
    [InlineData("536221234")]
    [InlineData("536 22 1234")]
    [InlineData("536-22 1234")]
    [InlineData("ssn 000-22-1234")]
    [InlineData("ssn 666-22-1234")]
    [InlineData("ssn 900-22-1234")]
    [InlineData("ssn 536-00-1234")]
    [InlineData("ssn 536-22-0000")]
    [InlineData("ssn 078-05-1120")]
    [InlineData("ssn 219-09-9999")]
    [InlineData("ssn 555-55-5555")]
    [InlineData("773-555-0143")]
    [InlineData("2024-11-28")]
    [InlineData("536-22-12345")]
    [InlineData("1536-22-1234")]
    [InlineData("model 536-22-1234")]
    [InlineData("$536-22-1234")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_Cue_RaisesScore()
    {
        double bare = NumericTestKit.Single(Recognizer, "x 536-22-1234", EntityType.UsSsn).Score;
        double cued = NumericTestKit.Single(Recognizer, "SSN 536-22-1234", EntityType.UsSsn).Score;
        Assert.True(cued > bare);
        Assert.InRange(bare, 0.85, 1.0);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("123-45-")]
    [InlineData("ssn 1 ")]
    public void Analyze_PathologicalRepeats_FindsNothing(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }
}
