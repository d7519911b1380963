using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class UrlRecognizerTests
{
    private static readonly UrlRecognizer Recognizer = new();

    [Theory]
    [InlineData("see https://example.com/a/b?c=d#e.", "https://example.com/a/b?c=d#e")]
    [InlineData("HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM")]
    [InlineData("hxxps://evil.example.ru/x", "hxxps://evil.example.ru/x")]
    [InlineData("ftp://files.example.org/pub", "ftp://files.example.org/pub")]
    [InlineData("[link](https://example.com/page)", "https://example.com/page")]
    [InlineData("www.example.co.uk/path", "www.example.co.uk/path")]
    [InlineData("www.nic.it", "www.nic.it")]
    [InlineData("example.com", "example.com")]
    [InlineData("example.com/abc!", "example.com/abc")]
    [InlineData("sub.domain-name.org:8080/x", "sub.domain-name.org:8080/x")]
    [InlineData("about.me/johnsmith", "about.me/johnsmith")]
    [InlineData("tiny.cc/abc", "tiny.cc/abc")]
    [InlineData("https://maps.google.com/?q=41.77812,-87.70123", "https://maps.google.com/?q=")]
    public void Analyze_Urls_FindsExactSpan(string text, string span)
    {
        Assert.Equal([span], NumericTestKit.Spans(Recognizer, text));
    }

    [Theory]
    [InlineData("e.g. and i.e.")]
    [InlineData("file.txt")]
    [InlineData("readme.md script.py")]
    [InlineData("v1.2 and 1.2.3")]
    [InlineData("Mr.Smith")]
    [InlineData("john.smith@gmail.com")]
    [InlineData("ok.so then")]
    [InlineData("U.S.A. a.m. p.m.")]
    [InlineData("192.168.1.1")]
    [InlineData("www.")]
    [InlineData("www.com")]
    [InlineData("-bad-.com")]
    [InlineData("mailto:x@example.com")]
    [InlineData("http://")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_SeveralUrlsInOnePost_FindsEachWhole()
    {
        const string text = "see http://a.example.com/x, https://b.example.org and -c.example.net.";
        Assert.Equal(["http://a.example.com/x", "https://b.example.org", "c.example.net"], NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_SchemeScoresAboveBareDomain()
    {
        double scheme = NumericTestKit.Run(Recognizer, "https://example.com").Single().Score;
        double bare = NumericTestKit.Run(Recognizer, "example.com").Single().Score;
        Assert.True(scheme > bare);
    }

    [Theory]
    [InlineData(".")]
    [InlineData("a.")]
    [InlineData("1.")]
    [InlineData("http://")]
    [InlineData("www.")]
    public void Analyze_PathologicalRepeats_FindsNothing(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_LongPostWithManyLinks_FindsEach()
    {
        string text = string.Concat(Enumerable.Repeat("see example.com/x and ", 1000));
        Assert.Equal(1000, NumericTestKit.Spans(Recognizer, text).Count);
    }
}
