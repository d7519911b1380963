using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class EmailRecognizerTests
{
    private static readonly EmailRecognizer Recognizer = new();

    [Theory]
    [InlineData("write to john.smith@gmail.com", "john.smith@gmail.com", "john.smith@gmail.com")]
    [InlineData("John.Smith@GMail.com!", "John.Smith@GMail.com", "john.smith@gmail.com")]
    [InlineData("<ana+tag@mail.example.org>", "ana+tag@mail.example.org", "ana+tag@mail.example.org")]
    [InlineData("'o'brien@x-y.ie'", "o'brien@x-y.ie", "o'brien@x-y.ie")]
    [InlineData("end of sentence: bob@site.com.", "bob@site.com", "bob@site.com")]
    [InlineData("josé.núñez@correo.mx", "josé.núñez@correo.mx", "josé.núñez@correo.mx")]
    [InlineData("x@xn--80ak6aa92e.xn--p1ai", "x@xn--80ak6aa92e.xn--p1ai", "x@xn--80ak6aa92e.xn--p1ai")]
    public void Analyze_Addresses_FindsSpanAndLowerCase(string text, string span, string normalized)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.EmailAddress);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Equal(normalized, result.Normalized);
        Assert.InRange(result.Score, 0.85, 1.0);
    }

    [Theory]
    [InlineData("@handle")]
    [InlineData("user@localhost")]
    [InlineData("a@b")]
    [InlineData("icon@2x.png")]
    [InlineData("photo@home.jpg")]
    [InlineData("john..smith@gmail.com")]
    [InlineData("john.@gmail.com")]
    [InlineData("x@-bad.com")]
    [InlineData("x@bad-.com")]
    [InlineData("x@domain.c0m")]
    [InlineData("a@b@c.com")]
    [InlineData("at @ noon")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_TwoAddresses_FindsBoth()
    {
        Assert.Equal(["a.b@c.com", "d@e.org"], NumericTestKit.Spans(Recognizer, "a.b@c.com, d@e.org"));
    }

    [Theory]
    [InlineData("@")]
    [InlineData("a@")]
    [InlineData("a.")]
    public void Analyze_PathologicalRepeats_FindsNothing(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_LongLocalRun_StaysBoundedAndFindsRealAddressAfter()
    {
        string text = new string('a', 65536) + "@x.com and bob@site.com";
        Assert.Equal(["bob@site.com"], NumericTestKit.Spans(Recognizer, text));
    }
}
