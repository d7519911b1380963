using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

/// <summary>
/// Runs every registered recognizer's own examples through the whole engine (normalization, merging, thresholds),
/// as HMA's SignalTypeAutoTest does for signal types.
/// </summary>
public sealed class RecognizerConformanceTests
{
    private static readonly ScanEngine Engine = new(
        new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), new NoHarmClassifier(), new BaselinePolicy());

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (EntityRecognizer recognizer in RecognizerCatalog.CreateDefault().Recognizers)
        {
            int i = 0;
            foreach (RecognizerExample _ in recognizer.Examples)
            {
                data.Add(recognizer.Name, i++);
            }
        }

        return data;
    }

    [Fact]
    public void Catalog_EveryContractEntityType_HasARecognizer()
    {
        var covered = RecognizerCatalog.CreateDefault().Recognizers.SelectMany(r => r.SupportedEntities).ToHashSet();
        var missing = Enum.GetValues<EntityType>().Where(t => !covered.Contains(t)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Catalog_EveryRecognizer_HasPositiveAndNegativeExamples()
    {
        foreach (EntityRecognizer recognizer in RecognizerCatalog.CreateDefault().Recognizers)
        {
            var examples = recognizer.Examples.ToList();
            Assert.True(examples.Any(e => e.Expected is not null), $"{recognizer.Name} has no positive example");
            Assert.True(examples.Any(e => e.Expected is null), $"{recognizer.Name} has no look-alike negative example");
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_ScannedByEngine_MatchesExpectation(string recognizerName, int index)
    {
        EntityRecognizer recognizer = RecognizerCatalog.CreateDefault().Recognizers.Single(r => r.Name == recognizerName);
        RecognizerExample example = recognizer.Examples.ElementAt(index);

        var spans = Engine.FindEntities(example.Text, example.Language)
            .Where(e => e.Type == example.Type)
            .Select(e => example.Text[e.Start..e.End])
            .ToList();

        if (example.Expected is null)
        {
            Assert.True(spans.Count == 0, $"'{example.Text}': expected no {example.Type}, found [{string.Join(" | ", spans)}]");
        }
        else
        {
            Assert.True(spans.Contains(example.Expected), $"'{example.Text}': expected {example.Type} '{example.Expected}', found [{string.Join(" | ", spans)}]");
        }
    }
}
