using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class IpAddressRecognizerTests
{
    private static readonly IpAddressRecognizer Recognizer = new();

    [Theory]
    [InlineData("ip 8.8.4.4", "8.8.4.4", "8.8.4.4")]
    [InlineData("(10.0.0.1)", "10.0.0.1", "10.0.0.1")]
    [InlineData("from 203.0.113.7.", "203.0.113.7", "203.0.113.7")]
    [InlineData("subnet 10.1.2.0/24", "10.1.2.0", "10.1.2.0")]
    [InlineData("2001:DB8::1 is it", "2001:DB8::1", "2001:db8::1")]
    [InlineData("full 2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329")]
    [InlineData("mapped ::ffff:192.0.2.128 here", "::ffff:192.0.2.128", "::ffff:192.0.2.128")]
    [InlineData("ip: fe80::1:", "fe80::1", "fe80::1")]
    public void Analyze_Addresses_FindsSpanAndCanonicalForm(string text, string span, string normalized)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.IpAddress);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Equal(normalized, result.Normalized);
    }

    [Theory]
    [InlineData("1.2.3")]
    [InlineData("v1.2.3.4")]
    [InlineData("version 1.2.3.4")]
    [InlineData("see section 1.2.3.4")]
    [InlineData("1.2.3.4.5")]
    [InlineData("01.02.03.04")]
    [InlineData("300.1.1.1")]
    [InlineData("10:30")]
    [InlineData("10:30:45")]
    [InlineData("12:30:45:10")]
    [InlineData("00:1A:2B:3C:4D:5E")]
    [InlineData("std::vector")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("0.0.0.0")]
    [InlineData("127.0.0.1")]
    [InlineData("a1.2.3.4")]
    [InlineData("1.2.3.4a")]
    [InlineData("$1.234.567.89")]
    [InlineData("phone 773.555.0143")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_IpCue_RaisesScore()
    {
        double bare = NumericTestKit.Single(Recognizer, "it was 73.162.44.201", EntityType.IpAddress).Score;
        double cued = NumericTestKit.Single(Recognizer, "his IP: 73.162.44.201", EntityType.IpAddress).Score;
        Assert.True(cued > bare);
    }

    [Theory]
    [InlineData("1.")]
    [InlineData("1:")]
    [InlineData("::")]
    [InlineData("a:")]
    [InlineData("255.")]
    public void Analyze_PathologicalRepeats_FindsNothing(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_ManyAddresses_FindsEach()
    {
        string text = string.Concat(Enumerable.Repeat("from 73.162.44.201 and 2001:db8::7 then ", 500));
        Assert.Equal(1000, NumericTestKit.Spans(Recognizer, text).Count);
    }
}
