using System.Diagnostics.Tracing;
using DoxGuard.Analysis;
using DoxGuard.Contract;

namespace DoxGuard.Benchmarks;

/// <summary>
/// Which types a scan allocates, from the runtime's allocation-tick events (one sample about every 100 KB
/// allocated, with the type that crossed the mark): allocation volume is what the GC's share of a scan follows.
/// A sampling estimate to find where to cut, not a figure of record.
/// </summary>
internal static class AllocationProfile
{
    public static void Run(int count)
    {
        var posts = SyntheticPosts.Generate(count).Select(p => new ScanRequest(p.Id, p.Text)).ToArray();
        var engine = ScanEngineFactory.CreateDefault(new ScanEngineOptions { Redact = true });
        foreach (ScanRequest post in posts.Take(2000))
        {
            engine.Scan(post);
        }

        using var listener = new AllocationListener();
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (ScanRequest post in posts)
        {
            engine.Scan(post);
        }

        long total = GC.GetAllocatedBytesForCurrentThread() - before;
        Console.WriteLine($"{total / (double)count:F0} B/post allocated by Scan (with redaction) over {count} posts");
        Print(listener, 25);

        // The same, stage by stage, to see which stage allocates which types.
        Stage("normalize + language", count, () =>
        {
            foreach (ScanRequest post in posts)
            {
                _ = new AnalysisContext(DoxGuard.Normalization.TextNormalizer.Normalize(post.Text), LanguageDetector.Detect(post.Text));
            }
        });
        var found = posts.Select(p => (Context: new AnalysisContext(DoxGuard.Normalization.TextNormalizer.Normalize(p.Text), LanguageDetector.Detect(p.Text)), Entities: engine.FindEntities(p.Text))).ToArray();
        Stage("FindEntities", count, () =>
        {
            foreach (ScanRequest post in posts)
            {
                engine.FindEntities(post.Text);
            }
        });
        var policy = ScanEngineFactory.CreatePolicy();
        var noHarm = new DoxGuard.Harms.HarmAssessment(new DoxGuard.Harms.HarmScores(0, 0, 0, 0), []);
        Stage("policy", count, () =>
        {
            foreach ((AnalysisContext context, IReadOnlyList<DoxGuard.Entities.Entity> entities) in found)
            {
                policy.Decide(new DoxGuard.Policy.PolicyInput(context.Language, noHarm, entities));
            }
        });
        Stage("redact", count, () =>
        {
            foreach ((AnalysisContext context, IReadOnlyList<DoxGuard.Entities.Entity> entities) in found)
            {
                DoxGuard.Redaction.Redactor.Redact(context.Original, entities);
            }
        });
        var classifier = ScanEngineFactory.CreateClassifier();
        Stage("classifier", count, () =>
        {
            foreach ((AnalysisContext context, IReadOnlyList<DoxGuard.Entities.Entity> entities) in found)
            {
                classifier.Assess(context, entities);
            }
        });
        var contexts = posts.Select(p => new AnalysisContext(DoxGuard.Normalization.TextNormalizer.Normalize(p.Text), LanguageDetector.Detect(p.Text))).ToArray();
        var results = new List<DoxGuard.Recognizers.RecognizerResult>();
        foreach (DoxGuard.Recognizers.EntityRecognizer recognizer in DoxGuard.Recognizers.RecognizerCatalog.CreateDefault().Recognizers)
        {
            using var stage = new AllocationListener();
            long start = GC.GetAllocatedBytesForCurrentThread();
            foreach (AnalysisContext context in contexts)
            {
                results.Clear();
                recognizer.Analyze(context, results);
            }

            Console.WriteLine($"== {recognizer.Name}: {(GC.GetAllocatedBytesForCurrentThread() - start) / (double)count:F0} B/post");
            Print(stage, 4);
        }
    }

    private static void Stage(string name, int count, Action run)
    {
        using var stage = new AllocationListener();
        long start = GC.GetAllocatedBytesForCurrentThread();
        run();
        Console.WriteLine($"== {name}: {(GC.GetAllocatedBytesForCurrentThread() - start) / (double)count:F0} B/post");
        Print(stage, 6);
    }

    internal static void Print(AllocationListener listener, int top)
    {
        long sampled = listener.ByType.Values.Sum();
        foreach ((string type, long bytes) in listener.ByType.OrderByDescending(kv => kv.Value).Take(top))
        {
            Console.WriteLine($"{bytes * 100.0 / sampled,6:F1} %  {type}");
        }
    }

    internal sealed class AllocationListener : EventListener
    {
        public Dictionary<string, long> ByType { get; } = [];

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: allocation ticks
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null)
            {
                return;
            }

            int typeAt = e.PayloadNames!.IndexOf("TypeName");
            int amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
            string type = typeAt >= 0 ? e.Payload[typeAt] as string ?? "?" : "?";
            long amount = amountAt >= 0 ? Convert.ToInt64(e.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            lock (ByType)
            {
                ByType[type] = ByType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
