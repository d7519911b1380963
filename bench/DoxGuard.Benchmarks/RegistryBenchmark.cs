using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Registry;

namespace DoxGuard.Benchmarks;

/// <summary>
/// The protected-person registry at scale: loading a registry of a million records, and scanning with it against
/// scanning without it. The registry file is built once under bench/out and reused (building takes minutes).
/// </summary>
[MemoryDiagnoser]
public class RegistryBenchmark
{
    internal static readonly RegistryKey Key = RegistryKey.FromBytes(Encoding.UTF8.GetBytes("benchmark-registry-key-not-a-secret"));

    private ScanRequest[] _posts = [];
    private ScanEngine _without = null!;
    private ScanEngine _with = null!;
    private string _path = string.Empty;

    /// <summary>Records in the registry.</summary>
    [Params(1_000_000)]
    public int Records { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = EnsureRegistry(Records, Path.Combine(AppContext.BaseDirectory, "registry-bench"));
        _posts = [.. SyntheticPosts.Generate(1000).Select(p => new ScanRequest(p.Id, p.Text))];
        _without = ScanEngineFactory.CreateDefault();
        _with = ScanEngineFactory.CreateDefault(registry: ProtectedRegistry.Open(_path, Key));
    }

    /// <summary>Loads the whole registry into the in-memory index.</summary>
    [Benchmark]
    public object Load() => ProtectedRegistry.Open(_path, Key);

    /// <summary>Scans 1,000 synthetic posts without a registry (the baseline).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = 1000)]
    public int ScanWithoutRegistry() => Scan(_without);

    /// <summary>Scans the same posts with the registry loaded.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int ScanWithRegistry() => Scan(_with);

    /// <summary>Builds the registry of <paramref name="records"/> synthetic records under <paramref name="directory"/> unless it exists.</summary>
    internal static string EnsureRegistry(int records, string directory)
    {
        string path = Path.Combine(directory, $"registry-{records}.db");
        if (File.Exists(path) && ProtectedRegistry.Count(path) == records)
        {
            return path;
        }

        Directory.CreateDirectory(directory);
        File.Delete(path);
        using var reader = new LinesReader(SyntheticRecords.Generate(records));
        ProtectedRegistry.Import(path, Key, reader);
        return path;
    }

    /// <summary>
    /// One measured run (what docs/registry.md reports): import time, load time and memory, and scan throughput with
    /// and without the registry, alternating rounds so both see the same machine load.
    /// </summary>
    internal static void Measure(int records, string directory, int posts)
    {
        var clock = Stopwatch.StartNew();
        string path = Path.Combine(directory, $"registry-{records}.db");
        bool built = !(File.Exists(path) && ProtectedRegistry.Count(path) == records);
        EnsureRegistry(records, directory);
        if (built)
        {
            Console.WriteLine($"import: {records:N0} records in {clock.Elapsed.TotalSeconds:F1} s, file {new FileInfo(path).Length / 1e6:F0} MB");
            return; // measure load in a fresh process so the peak working set is the load's alone
        }

        using var process = Process.GetCurrentProcess();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        TimeSpan cpu = process.TotalProcessorTime;
        clock.Restart();
        IProtectedPersonMatcher matcher = ProtectedRegistry.Open(path, Key);
        double loadSeconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double loadCpu = (process.TotalProcessorTime - cpu).TotalSeconds;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        Console.WriteLine($"load: {records:N0} records in {loadSeconds:F2} s wall ({loadCpu:F2} s CPU); managed heap +{(after - before) / 1e6:F0} MB; " +
            $"peak working set {process.PeakWorkingSet64 / 1e6:F0} MB");

        if (matcher is ProtectedPersonMatcher { Prefilter: { } prefilter })
        {
            // A detail in no record has a tag that is a uniform 32-bit value under the key: random tags pass the
            // filter at the rate such candidates do (Bloom false positives plus 32-bit tag collisions).
            var random = new Random(1);
            const int Probes = 1_000_000;
            int passed = 0;
            for (int i = 0; i < Probes; i++)
            {
                passed += prefilter.MayContain((uint)random.NextInt64(0, 1L << 32)) ? 1 : 0;
            }

            Console.WriteLine($"prefilter: {prefilter.Count:N0} tags in {prefilter.SizeBytes / 1e6:F1} MB; " +
                $"random tags passing: {passed * 100.0 / Probes:F2}%");
        }

        ScanRequest[] requests = [.. SyntheticPosts.Generate(posts).Select(p => new ScanRequest(p.Id, p.Text))];
        ScanEngine without = ScanEngineFactory.CreateDefault();
        ScanEngine with = ScanEngineFactory.CreateDefault(registry: matcher);
        int protectedHits = requests.Sum(r => with.Scan(r).Entities.Count(e => e.ProtectedRecordId is not null));

        // CPU time, not wall time: the machine is shared, and both engines run on one thread. Warm up first so that
        // tiered compilation has finished before anything is measured; alternate rounds; keep each side's best.
        for (int warm = 0; warm < 4; warm++)
        {
            Scan(without, requests);
            Scan(with, requests);
        }

        Compare("all synthetic posts (40% with personal details, some of registered record r0)", without, with, requests);
        Compare("posts that match no registered detail (the common case in real traffic)", without, with,
            [.. requests.Where(r => !with.Scan(r).Entities.Any(e => e.ProtectedRecordId is not null))]);
        Compare("posts without digits or '@' (ordinary chatter)", without, with, [.. requests.Where(r => !r.Text.Any(c => char.IsAsciiDigit(c) || c == '@'))]);
        Console.WriteLine($"protected entities found in the {posts:N0} posts: {protectedHits}");
        MatcherAlone(matcher, without, requests, with);
        GC.KeepAlive(matcher);
    }

    /// <summary>
    /// The matcher's own CPU time per post (<see cref="IProtectedPersonMatcher.Annotate"/> on contexts and entities
    /// prepared beforehand): the registry's overhead without the noise of two whole-engine measurements.
    /// </summary>
    private static void MatcherAlone(IProtectedPersonMatcher matcher, ScanEngine without, ScanRequest[] requests, ScanEngine with)
    {
        using var process = Process.GetCurrentProcess();
        foreach ((string name, Func<ScanRequest, bool> pick) in new (string, Func<ScanRequest, bool>)[]
        {
            ("all synthetic posts", _ => true),
            ("posts that match no registered detail", r => !with.Scan(r).Entities.Any(e => e.ProtectedRecordId is not null)),
            ("posts without digits or '@'", r => !r.Text.Any(c => char.IsAsciiDigit(c) || c == '@')),
        })
        {
            (AnalysisContext Context, IReadOnlyList<DoxGuard.Entities.Entity> Entities)[] items = [.. requests.Where(pick).Select(r =>
            {
                DoxGuard.Normalization.NormalizedText normalized = DoxGuard.Normalization.TextNormalizer.Normalize(r.Text);
                return (new AnalysisContext(normalized, LanguageDetector.Resolve(null, normalized.Text)), without.FindEntities(r.Text));
            })];
            const int Repeat = 20;
            double best = double.MaxValue;
            for (int round = 0; round < 9; round++)
            {
                best = Math.Min(best, CpuSeconds(process, () =>
                {
                    for (int r = 0; r < Repeat; r++)
                    {
                        foreach ((AnalysisContext context, IReadOnlyList<DoxGuard.Entities.Entity> entities) in items)
                        {
                            matcher.Annotate(context, entities);
                        }
                    }
                }));
            }

            Console.WriteLine($"matcher alone, {name}, {items.Length:N0} posts, CPU time best of 9: {best / Repeat / items.Length * 1e6:F2} us/post");
        }
    }

    private static void Compare(string title, ScanEngine without, ScanEngine with, ScanRequest[] requests)
    {
        using var process = Process.GetCurrentProcess();

        // Each measured round scans ~30,000 posts: the process CPU clock ticks too coarsely for less.
        int repeat = Math.Max(1, 30_000 / requests.Length);
        double bestWithout = double.MaxValue;
        double bestWith = double.MaxValue;
        int[] gcWithout = new int[3];
        int[] gcWith = new int[3];
        for (int round = 0; round < 9; round++)
        {
            bestWithout = Math.Min(bestWithout, CpuSeconds(process, () => { for (int r = 0; r < repeat; r++) Scan(without, requests); }, gcWithout) / repeat);
            bestWith = Math.Min(bestWith, CpuSeconds(process, () => { for (int r = 0; r < repeat; r++) Scan(with, requests); }, gcWith) / repeat);
        }

        double perPostWithout = bestWithout / requests.Length * 1e6;
        double perPostWith = bestWith / requests.Length * 1e6;
        Console.WriteLine($"scan, {title}, {requests.Length:N0} posts, CPU time best of 9: without registry {perPostWithout:F1} us/post " +
            $"({1e6 / perPostWithout:N0} posts/s), with {perPostWith:F1} us/post ({1e6 / perPostWith:N0} posts/s): {(perPostWith / perPostWithout - 1) * 100:+0.0;-0.0}%; " +
            $"collections gen0/1/2 without {string.Join('/', gcWithout)}, with {string.Join('/', gcWith)}");
    }

    private static double CpuSeconds(Process process, Action action, int[]? collections = null)
    {
        int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        process.Refresh();
        TimeSpan start = process.TotalProcessorTime;
        action();
        process.Refresh();
        TimeSpan elapsed = process.TotalProcessorTime - start;
        for (int g = 0; collections is not null && g < 3; g++)
        {
            collections[g] += GC.CollectionCount(g) - before[g];
        }

        return elapsed.TotalSeconds;
    }

    private int Scan(ScanEngine engine) => Scan(engine, _posts);

    private static int Scan(ScanEngine engine, ScanRequest[] posts)
    {
        int entities = 0;
        foreach (ScanRequest post in posts)
        {
            entities += engine.Scan(post).Entities.Count;
        }

        return entities;
    }
}
