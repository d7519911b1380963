using DoxGuard.Training;

namespace DoxGuard.Tests.Training;

public sealed class EvaluationReportTests
{
    [Theory]
    [InlineData(8, 2, 2, 0.8, 0.8, 0.8)]
    [InlineData(5, 0, 5, 1.0, 0.5, 0.6667)]
    [InlineData(0, 3, 0, 0.0, 1.0, 0.0)]
    [InlineData(0, 0, 0, 1.0, 1.0, 1.0)] // nothing to find, nothing found: perfect, not undefined
    public void LabelCounts_Counts_GivePrecisionRecallF1(int tp, int fp, int fn, double p, double r, double f1)
    {
        var counts = new LabelCounts(tp, fp, fn);
        Assert.Equal(p, counts.Precision, 3);
        Assert.Equal(r, counts.Recall, 3);
        Assert.Equal(f1, counts.F1, 3);
    }

    [Fact]
    public void TryParse_LabelledLine_ReadsLabelsSplitGroupAndAction()
    {
        Assert.True(LabelledPostReader.TryParse(
            """{"id":"x1","text":"t","lang":"es","labels":["threat","dox","bogus"],"split":"test","group":"g1","action":"escalate"}""",
            out LabelledPost? post, out string? error), error);
        Assert.Equal([DoxGuard.Harms.HarmLabel.Dox, DoxGuard.Harms.HarmLabel.Threat], post!.Labels);
        Assert.Equal("test", post.Split);
        Assert.Equal("g1", post.Group);
        Assert.Equal(DoxGuard.Policy.ModerationAction.Escalate, post.Action);
    }

    [Theory]
    [InlineData("""{"id":"x1","text":"t"}""", "labels")]
    [InlineData("""{"text":"t","labels":[]}""", "id")]
    [InlineData("""not json""", "JSON")]
    public void TryParse_BadLine_SaysWhatIsWrong(string line, string expected)
    {
        Assert.False(LabelledPostReader.TryParse(line, out _, out string? error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
