using BenchmarkDotNet.Attributes;
using DoxGuard.Analysis;
using DoxGuard.Contract;

namespace DoxGuard.Benchmarks;

/// <summary>The whole engine on one post at a time: normalization, every recognizer, classifier and policy.</summary>
[MemoryDiagnoser]
public class ScanEngineBenchmark
{
    private ScanRequest[] _posts = [];
    private ScanEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = ScanEngineFactory.CreateDefault();
        _posts = [.. SyntheticPosts.Generate(1000).Select(p => new ScanRequest(p.Id, p.Text))];
    }

    /// <summary>Scans 1,000 synthetic posts (~200 chars, 40% with personal information).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int Scan1000Posts()
    {
        int entities = 0;
        foreach (ScanRequest post in _posts)
        {
            entities += _engine.Scan(post).Entities.Count;
        }

        return entities;
    }

    /// <summary>Entity recognition alone (no classifier, no policy).</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int FindEntities1000Posts()
    {
        int entities = 0;
        foreach (ScanRequest post in _posts)
        {
            entities += _engine.FindEntities(post.Text).Count;
        }

        return entities;
    }
}
