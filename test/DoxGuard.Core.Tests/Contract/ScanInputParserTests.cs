using System.Text;
using DoxGuard.Contract;

namespace DoxGuard.Tests.Contract;

public sealed class ScanInputParserTests
{
    private static readonly ScanInputLimits Limits = new() { MaxTextBytes = 100 };

    private static ScanInput Parse(string line, long number = 7) => ScanInputParser.Parse(Encoding.UTF8.GetBytes(line), number, Limits);

    [Fact]
    public void Parse_ValidRecord_ReadsEveryField()
    {
        ScanInput input = Parse("""{"id":"p1","text":"hola","lang":"es","author":"u1","thread":"t1","created_at":"2026-11-28T10:00:00Z","extra":{"x":[1,2]}}""");

        Assert.Null(input.Error);
        Assert.Equal(new ScanRequest("p1", "hola") { Lang = "es", Author = "u1", Thread = "t1", CreatedAt = "2026-11-28T10:00:00Z" }, input.Request);
    }

    [Theory]
    [InlineData("not json", "line:7", "invalid JSON")]
    [InlineData("[1,2]", "line:7", "expected a JSON object")]
    [InlineData("", "line:7", "empty line")]
    [InlineData("   ", "line:7", "empty line")]
    [InlineData("""{"text":"x"}""", "line:7", "missing \"id\"")]
    [InlineData("""{"id":"a"}""", "a", "missing \"text\"")]
    [InlineData("""{"id":3,"text":"x"}""", "line:7", "\"id\" must be a string")]
    [InlineData("""{"id":"a","text":null}""", "a", "\"text\" must be a string")]
    [InlineData("""{"id":"a","text":["x"]}""", "a", "\"text\" must be a string")]
    [InlineData("""{"id":"a","text":"x"} {"id":"b"}""", "a", "invalid JSON")]
    [InlineData("""{"id":"a","text":"x" """, "a", "invalid JSON")]
    [InlineData("""{"id":"a","text":"x",}""", "a", "invalid JSON")]
    public void Parse_BadLine_YieldsErrorWithIdOrLineNumber(string line, string expectedId, string expectedMessage)
    {
        ScanInput input = Parse(line);

        Assert.Null(input.Request);
        Assert.NotNull(input.Error);
        Assert.Equal(expectedId, input.Error.Id);
        Assert.Contains(expectedMessage, input.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InvalidUtf8_YieldsError()
    {
        byte[] line = [.. """{"id":"a","text":"""u8, 0xC3, 0x28, .. "\"}"u8];

        ScanInput input = ScanInputParser.Parse(line, 3, Limits);

        Assert.Equal("line:3", input.Error?.Id);
        Assert.Contains("UTF-8", input.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextOverLimit_YieldsErrorWithId()
    {
        ScanInput input = Parse($$"""{"id":"big","text":"{{new string('a', 101)}}"}""");

        Assert.Equal("big", input.Error?.Id);
        Assert.Contains("limit of 100 bytes", input.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TextAtLimitWrittenWithEscapes_IsAccepted()
    {
        string escaped = string.Concat(Enumerable.Repeat("\\u0061", 100));

        ScanInput input = Parse($$"""{"id":"esc","text":"{{escaped}}"}""");

        Assert.Equal(new string('a', 100), input.Request?.Text);
    }

    [Fact]
    public void Parse_MultibyteTextOverByteLimit_IsRejected()
    {
        // 51 two-byte characters = 102 UTF-8 bytes, though only 51 UTF-16 units.
        ScanInput input = Parse($$"""{"id":"ñ","text":"{{new string('ñ', 51)}}"}""");

        Assert.Equal("ñ", input.Error?.Id);
    }

    [Fact]
    public void Parse_CarriageReturnLineEnding_IsIgnored()
    {
        ScanInput input = Parse("{\"id\":\"a\",\"text\":\"x\"}\r");

        Assert.Equal("a", input.Request?.Id);
    }

    [Fact]
    public void Parse_WrongTypeOptionalField_IsIgnoredNotFatal()
    {
        ScanInput input = Parse("""{"id":"a","text":"x","lang":5}""");

        Assert.Equal("a", input.Request?.Id);
        Assert.Null(input.Request?.Lang);
    }
}
