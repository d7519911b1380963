using BenchmarkDotNet.Running;
using DoxGuard.Benchmarks;

// `generate N PATH` and `malformed N PATH` write inputs for the whole-process runs in bench/throughput.sh;
// anything else goes to BenchmarkDotNet (e.g. --filter '*ScanEngine*').
if (args.Length == 3 && args[0] is "generate" or "malformed")
{
    int count = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    if (args[0] == "generate")
    {
        SyntheticPosts.WriteJsonLines(args[2], count);
    }
    else
    {
        SyntheticPosts.WriteMalformed(args[2], count);
    }

    return 0;
}

// `registry N DIR [POSTS]`: builds a registry of N synthetic records in DIR (first run), then measures load and scan.
if (args.Length >= 3 && args[0] == "registry")
{
    int records = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    int posts = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2000;
    RegistryBenchmark.Measure(records, args[2], posts);
    return 0;
}

if (args.Length == 1 && args[0] == "startup")
{
    StartupProfile.Run();
    return 0;
}

if (args.Length == 2 && args[0] == "allocations")
{
    AllocationProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

// `pipeline PATH [PARALLELISM]`: the whole scan pipeline in process, with the GC's allocation and collection counts.
if (args.Length >= 2 && args[0] == "pipeline")
{
    PipelineGcProfile.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1);
    return 0;
}

if (args.Length == 2 && args[0] == "profile")
{
    StageProfile.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ScanEngineBenchmark).Assembly).Run(args);
return 0;
