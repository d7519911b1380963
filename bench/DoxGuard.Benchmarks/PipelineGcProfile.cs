using DoxGuard.Analysis;
using DoxGuard.Contract;

namespace DoxGuard.Benchmarks;

/// <summary>
/// The whole `scan` pipeline in process (read, parse, scan, write to nowhere) with the garbage collector's own
/// counts: bytes allocated per post and collections per generation. Allocation volume is what the GC's share of a
/// scan follows, and promotions (gen-1 collections) are what grows the heap and faults fresh pages in.
/// </summary>
internal static class PipelineGcProfile
{
    public static void Run(string path, int parallelism)
    {
        var engine = ScanEngineFactory.CreateDefault(new ScanEngineOptions { Redact = true });
        var options = new JsonLinesScanOptions { Parallelism = parallelism };
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        int[] before = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        ScanSummary summary;
        using var listener = new AllocationProfile.AllocationListener();
        using (FileStream input = File.OpenRead(path))
        {
            summary = new JsonLinesScanner(engine, options).RunAsync(input, Stream.Null).GetAwaiter().GetResult();
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        GCMemoryInfo info = GC.GetGCMemoryInfo();
        Console.WriteLine($"{summary.Records} records: {allocated / (double)summary.Records:F0} B/post allocated; " +
            $"collections gen0 {GC.CollectionCount(0) - before[0]}, gen1 {GC.CollectionCount(1) - before[1]}, gen2 {GC.CollectionCount(2) - before[2]}; " +
            $"heap {info.HeapSizeBytes / 1048576.0:F1} MiB, promoted last GC {info.PromotedBytes / 1024.0:F0} KiB, committed {info.TotalCommittedBytes / 1048576.0:F1} MiB");
        AllocationProfile.Print(listener, 30);
    }
}
