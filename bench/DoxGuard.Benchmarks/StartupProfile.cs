using System.Diagnostics;
using DoxGuard.Analysis;
using DoxGuard.Contract;

namespace DoxGuard.Benchmarks;

/// <summary>Where a cold process spends its first scan: the cost every `./doxguard scan` run pays once.</summary>
internal static class StartupProfile
{
    public static void Run()
    {
        var clock = Stopwatch.StartNew();
        Step("runtime to Main", TimeSpan.FromMilliseconds((DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds));
        clock.Restart();
        PhoneNumbers.PhoneNumberUtil.GetInstance();
        Step("libphonenumber metadata", clock.Elapsed);
        clock.Restart();
        PhoneNumbers.PhoneNumberUtil.GetInstance().Parse("+17735550143", "US");
        Step("libphonenumber first parse", clock.Elapsed);
        clock.Restart();
        var engine = ScanEngineFactory.CreateDefault();
        Step("create engine", clock.Elapsed);
        foreach (string probe in new[] { "hello there", "Officer Daniel Kwiatkowski", "call 773-555-0143", "lives at 409 Magnolia St, Chicago IL", "DOB 04/12/1981 plate IL DV43317 @handle a@b.com" })
        {
            clock.Restart();
            engine.Scan(new ScanRequest("x", probe));
            Step($"first scan: {probe}", clock.Elapsed);
        }
    }

    private static void Step(string name, TimeSpan elapsed) => Console.WriteLine($"{name,-60} {elapsed.TotalMilliseconds,8:F1} ms");
}
