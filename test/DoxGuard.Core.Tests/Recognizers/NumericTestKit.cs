using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

/// <summary>Runs one recognizer directly on a post, keeping the results that clear the engine threshold.</summary>
internal static class NumericTestKit
{
    public static List<RecognizerResult> Run(EntityRecognizer recognizer, string text, string language = "en")
    {
        var context = new AnalysisContext(TextNormalizer.Normalize(text), language);
        var results = new List<RecognizerResult>();
        recognizer.Analyze(context, results);
        return results.Where(r => r.Score >= 0.5).ToList();
    }

    public static List<string> Spans(EntityRecognizer recognizer, string text, string language = "en") =>
        Run(recognizer, text, language).Select(r => text[r.Start..r.End]).ToList();

    public static RecognizerResult Single(EntityRecognizer recognizer, string text, EntityType type, string language = "en") =>
        Assert.Single(Run(recognizer, text, language), r => r.Type == type);
}
