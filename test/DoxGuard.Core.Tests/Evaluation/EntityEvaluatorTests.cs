using DoxGuard.Analysis;
using DoxGuard.Evaluation;

namespace DoxGuard.Tests.Evaluation;

public sealed class EntityEvaluatorTests
{
    [Fact]
    public void Evaluate_ProjectEnglishSentences_HeadlineTypesAboveFloor()
    {
        // data/pii-eval/en.jsonl is the project's own labelled set (tools/pii-eval/build.py); the floor is
        // precision and recall >= 0.85 over the seven headline types together.
        EntityEvaluation evaluation = EntityEvaluator.Evaluate(ScanEngineFactory.CreateDefault(), RepoPaths.Combine("data", "pii-eval", "en.jsonl"));

        string report = evaluation.Report() + string.Join('\n', evaluation.Errors.Take(40));
        Assert.True(evaluation.Sentences >= 500, report);
        Assert.True(evaluation.Overall.Precision >= 0.85, report);
        Assert.True(evaluation.Overall.Recall >= 0.85, report);
    }

    [Fact]
    public void Evaluate_MalformedFile_ThrowsWithLineNumber()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"x\",\"entities\":[]}\n{\"id\":\"b\",\"text\":\"x\",\"entities\":[{\"type\":\"NOPE\",\"start\":0,\"end\":1}]}\n");

            var ex = Assert.Throws<FormatException>(() => EntityEvaluator.Evaluate(ScanEngineFactory.CreateDefault(), path));

            Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
