using System.Diagnostics;
using DoxGuard.Contract;
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
            var clock = new CpuClock();
            foreach (string p in posts)
            {
                TextNormalizer.Normalize(p);
            }

            Report(round, "normalize", clock.Elapsed(), count);
            clock.Restart();
            foreach (string p in posts)
            {
                LanguageDetector.Detect(p);
            }

            Report(round, "language", clock.Elapsed(), count);
            foreach (EntityRecognizer recognizer in RecognizerCatalog.CreateDefault().Recognizers)
            {
                clock.Restart();
                foreach (AnalysisContext context in contexts)
                {
                    results.Clear();
                    recognizer.Analyze(context, results);
                }

                Report(round, recognizer.Name, clock.Elapsed(), count);
            }

            var engine = ScanEngineFactory.CreateDefault();
            clock.Restart();
            foreach (string p in posts)
            {
                engine.FindEntities(p);
            }

            Report(round, "engine entities only", clock.Elapsed(), count);
            int gcs = GC.CollectionCount(0);
            clock.Restart();
            foreach (string p in posts)
            {
                engine.Scan(new ScanRequest("x", p));
            }

            Report(round, "whole engine", clock.Elapsed(), count);

            byte[] input = System.Text.Encoding.UTF8.GetBytes(string.Concat(posts.Select((p, i) => System.Text.Json.JsonSerializer.Serialize(new { id = $"p{i}", text = p }) + "\n")));
            var scanner = new JsonLinesScanner(engine, new JsonLinesScanOptions { Parallelism = 1 });
            clock.Restart();
            scanner.RunAsync(new MemoryStream(input), Stream.Null).GetAwaiter().GetResult();
            Report(round, "json lines pipeline", clock.Elapsed(), count);
            byte[][] lines = [.. posts.Select((p, i) => System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { id = $"p{i}", text = p })))];
            var limits = new ScanInputLimits();
            clock.Restart();
            foreach (byte[] line in lines)
            {
                ScanInputParser.Parse(line, 1, limits);
            }

            Report(round, "parse only", clock.Elapsed(), count);
            var sample = engine.Scan(new ScanRequest("p1", posts[0]));
            var sink = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new System.Text.Json.Utf8JsonWriter(sink, ScanOutputWriter.WriterOptions))
            {
                clock.Restart();
                for (int i = 0; i < count; i++)
                {
                    ScanOutputWriter.WriteResult(w, sample);
                    w.Flush();
                    w.Reset();
                    sink.ResetWrittenCount();
                }

                Report(round, "write only", clock.Elapsed(), count);
            }

            var empty = new ScanEngine(new ScanEngineOptions(), new RecognizerCatalog([]), new DoxGuard.Harms.NoHarmClassifier(), new DoxGuard.Policy.BaselinePolicy());
            clock.Restart();
            foreach (string p in posts)
            {
                empty.Scan(new ScanRequest("x", p));
            }

            Report(round, "empty engine scan", clock.Elapsed(), count);
            var emptyScanner = new JsonLinesScanner(empty, new JsonLinesScanOptions { Parallelism = 1 });
            clock.Restart();
            emptyScanner.RunAsync(new MemoryStream(input), Stream.Null).GetAwaiter().GetResult();
            Report(round, "pipeline, no recognizers", clock.Elapsed(), count);
            if (round > 0)
            {
                Console.WriteLine($"gen0 collections during whole engine: {GC.CollectionCount(0) - gcs}, allocated/post: {GC.GetAllocatedBytesForCurrentThread() / (double)count / 6:F0} B (rough)");
            }
        }
    }

    /// <summary>Process CPU time: on a machine shared with other work, wall time measures the neighbours too.</summary>
    private sealed class CpuClock
    {
        private TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;
        private long _allocated = GC.GetAllocatedBytesForCurrentThread();

        /// <summary>Bytes this thread allocated since the last restart: allocation drives the GC share of a scan.</summary>
        public static long AllocatedSinceRestart { get; private set; }

        public void Restart()
        {
            _start = Process.GetCurrentProcess().TotalProcessorTime;
            _allocated = GC.GetAllocatedBytesForCurrentThread();
        }

        public TimeSpan Elapsed()
        {
            AllocatedSinceRestart = GC.GetAllocatedBytesForCurrentThread() - _allocated;
            return Process.GetCurrentProcess().TotalProcessorTime - _start;
        }
    }

    private static void Report(int round, string stage, TimeSpan elapsed, int count)
    {
        if (round > 0)
        {
            Console.WriteLine($"{stage,-28} {elapsed.TotalMicroseconds / count,8:F2} us/post {CpuClock.AllocatedSinceRestart / (double)count,8:F0} B/post");
        }
    }
}
