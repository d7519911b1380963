using DoxGuard.Recognizers.Support;

namespace DoxGuard.Tests.Recognizers.Support;

public sealed class CueWordsTests
{
    private static readonly CueWords Cues = new("tel", "social security", "social", "ss#", "case no", "teléfono", "§");

    [Theory]
    [InlineData("my tel is", "tel")]
    [InlineData("TEL: x", "tel")]
    [InlineData("his Social Security number", "social security")]
    [InlineData("social media", "social")]
    [InlineData("SS# 1", "ss#")]
    [InlineData("Case No. 5", "case no")]
    [InlineData("TELÉFONO 5", "teléfono")]
    [InlineData("see § 4", "§")]
    [InlineData("hotel lobby", null)]
    [InlineData("telephone", null)]
    [InlineData("ss 1", null)]
    [InlineData("in case you", null)]
    [InlineData("case nothing", null)]
    public void FindIn_WholeWordsCaseInsensitive_FindsCue(string text, string? expected)
    {
        Assert.Equal(expected, Cues.FindIn(text, 0, text.Length));
    }

    [Fact]
    public void FindNear_WordCutByWindow_IsNotACue()
    {
        const string text = "motel 123";
        Assert.Null(Cues.FindNear(text, 6, 9, 4, 0));
        Assert.Equal("tel", Cues.FindNear("a tel 123", 6, 9, 4, 0));
    }
}
