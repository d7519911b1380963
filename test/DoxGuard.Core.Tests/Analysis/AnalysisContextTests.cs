using DoxGuard.Analysis;
using DoxGuard.Normalization;

namespace DoxGuard.Tests.Analysis;

public sealed class AnalysisContextTests
{
    [Fact]
    public void NormalizeEdited_QuietText_IsNullAndTheContextIsTheIdentity()
    {
        const string text = "see you at the game tonight";
        Assert.Null(TextNormalizer.NormalizeEdited(text));

        var context = new AnalysisContext(text, null, "en");
        Assert.Same(text, context.Text);
        Assert.Same(text, context.Original);
        Assert.Equal((3, 7), context.ToOriginal(3, 7));
        Assert.True(context.Normalized.IsIdentity);
        Assert.Same(text, context.Normalized.Text);
    }

    [Theory]
    [InlineData("call 7 7 3 5 5 5 0 1 4 3 now")]
    [InlineData("ｃａｌｌ ７７３-５５５-０１４３")]
    public void ToOriginal_EditedText_AgreesWithTheMap(string text)
    {
        NormalizedText? normalized = TextNormalizer.NormalizeEdited(text);
        Assert.NotNull(normalized);

        var context = new AnalysisContext(text, normalized, "en");
        Assert.Equal(normalized.Text, context.Text);
        Assert.NotEqual(text, context.Text);
        for (int start = 0; start < context.Text.Length; start++)
        {
            Assert.Equal(normalized.ToOriginal(start, context.Text.Length), context.ToOriginal(start, context.Text.Length));
        }

        Assert.Same(normalized, context.Normalized);
    }

    [Fact]
    public void PublicConstructor_KeepsTheGivenNormalization()
    {
        NormalizedText identity = TextNormalizer.Normalize("plain words");
        var context = new AnalysisContext(identity, "en");
        Assert.Same(identity, context.Normalized);
        Assert.Equal("plain words", context.Original);
    }
}
