using System.Diagnostics;
using DoxGuard.Analysis;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;

namespace DoxGuard.Benchmarks;

/// <summary>
/// A quick per-stage breakdown (normalization, each recognizer) over the synthetic posts: a Stopwatch loop to find
/// where time goes, not a benchmark of record (those are the BenchmarkDotNet classes).
/// </summary>
internal static class StageProfile
{
    public static void Run(int count)
    {
        var posts = SyntheticPosts.Generate(count).Select(p => p.Text).ToArray();
        var contexts = posts.Select(p => new AnalysisContext(TextNormalizer.Normalize(p), LanguageDetector.Detect(p))).ToArray();
        var results = new List<RecognizerResult>();

        for (int round = 0; round < 2; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (string p in posts)
            {
                TextNormalizer.Normalize(p);
            }

            Report(round, "normalize", clock.Elapsed, count);
            clock.Restart();
            foreach (string p in posts)
            {
                LanguageDetector.Detect(p);
            }

            Report(round, "language", clock.Elapsed, count);
            foreach (EntityRecognizer recognizer in RecognizerCatalog.CreateDefault().Recognizers)
            {
                clock.Restart();
                foreach (AnalysisContext context in contexts)
                {
                    results.Clear();
                    recognizer.Analyze(context, results);
                }

                Report(round, recognizer.Name, clock.Elapsed, count);
            }

            var engine = ScanEngineFactory.CreateDefault();
            clock.Restart();
            foreach (string p in posts)
            {
                engine.FindEntities(p);
            }

            Report(round, "engine entities only", clock.Elapsed, count);
            int gcs = GC.CollectionCount(0);
            clock.Restart();
            foreach (string p in posts)
            {
                engine.Scan(new DoxGuard.Contract.ScanRequest("x", p));
            }

            Report(round, "whole engine", clock.Elapsed, count);
            if (round > 0)
            {
                Console.WriteLine($"gen0 collections during whole engine: {GC.CollectionCount(0) - gcs}, allocated/post: {GC.GetAllocatedBytesForCurrentThread() / (double)count / 6:F0} B (rough)");
            }
        }
    }

    private static void Report(int round, string stage, TimeSpan elapsed, int count)
    {
        if (round > 0)
        {
            Console.WriteLine($"{stage,-28} {elapsed.TotalMicroseconds / count,8:F2} us/post");
        }
    }
}
