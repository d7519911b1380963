// Open-loop HTTP load generator for POST /v1/scan: requests leave on a fixed schedule (rate per second) whatever the
// server does, and each latency is measured from the request's *scheduled* time, so a stalled server cannot hide
// its stall by slowing the generator down (no coordinated omission). Bounded in count, time and requests in flight.
//
//   dotnet run bench/LoadGen/LoadGen.cs -- --url http://127.0.0.1:8080 --key KEY [--rate 1000] [--seconds 30] [--warmup 5]
#:property TargetFramework=net10.0
#:property PublishAot=false
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

string url = Arg("--url", "http://127.0.0.1:8080");
string key = Arg("--key", Environment.GetEnvironmentVariable("DOXGUARD_KEY") ?? "");
int rate = int.Parse(Arg("--rate", "1000"), CultureInfo.InvariantCulture);
int seconds = int.Parse(Arg("--seconds", "30"), CultureInfo.InvariantCulture);
int warmup = int.Parse(Arg("--warmup", "5"), CultureInfo.InvariantCulture);
const int MaxInFlight = 2000;
if (key.Length == 0 || rate is < 1 or > 20_000 || seconds is < 1 or > 600 || warmup is < 0 or > 120)
{
    Console.Error.WriteLine("usage: LoadGen --url URL --key KEY [--rate 1..20000] [--seconds 1..600] [--warmup 0..120]");
    return 2;
}

// A mix of the posts a platform sends: mostly ordinary chatter, some personal details, a few harmful posts.
string[] texts =
[
    "great game last night, what a finish",
    "anyone know a good pizza place near the station?",
    "call me at 773-555-0143 after 6, the landlord is Maria Lopez",
    "mi correo es ana.garcia@example.com, escríbeme para el intercambio",
    "he lives at 1428 Elm Street, Springfield. go there and make him regret it",
    "I will pay $500 to anyone who posts her home address",
    "the meeting moved to Thursday, room 204",
    "lol that video was hilarious",
];
byte[][] bodies = [.. Enumerable.Range(0, 64).Select(i =>
    Encoding.UTF8.GetBytes($"{{\"id\":\"load-{i}\",\"text\":\"{texts[i % texts.Length].Replace("\"", "\\\"", StringComparison.Ordinal)}\",\"author\":\"u{i}\"}}"))];

using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseProxy = false };
using var client = new HttpClient(handler) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);

var service = new List<double>(rate * seconds);
Console.Error.WriteLine($"warming up for {warmup}s at {rate}/s...");
await RunAsync(rate, warmup, record: false);
Console.Error.WriteLine($"measuring for {seconds}s at {rate}/s...");
(List<double> latencies, int errors, double elapsed, Dictionary<HttpStatusCode, int> statuses) = await RunAsync(rate, seconds, record: true);

latencies.Sort();
service.Sort();
double P(double q) => Percentile(latencies, q);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"target {rate}/s for {seconds}s: sent {latencies.Count + errors}, achieved {latencies.Count / elapsed:F0}/s, errors {errors} ({string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}"))})"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"latency ms: p50 {P(0.50):F2}  p90 {P(0.90):F2}  p99 {P(0.99):F2}  p99.9 {P(0.999):F2}  max {latencies.LastOrDefault():F2}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"from actual send (generator lateness excluded): p50 {Percentile(service, 0.50):F2}  p99 {Percentile(service, 0.99):F2}  p99.9 {Percentile(service, 0.999):F2}"));
return P(0.99) <= 10 && errors == 0 ? 0 : 1;

static double Percentile(List<double> sorted, double q) =>
    sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

async Task<(List<double>, int, double, Dictionary<HttpStatusCode, int>)> RunAsync(int perSecond, int duration, bool record)
{
    long total = (long)perSecond * duration;
    var latencies = new List<double>((int)total);
    var statuses = new Dictionary<HttpStatusCode, int>();
    int errors = 0;
    var gate = new SemaphoreSlim(MaxInFlight);
    var tasks = new List<Task>((int)total);
    var clock = Stopwatch.StartNew();
    double ticksPerRequest = (double)Stopwatch.Frequency / perSecond;
    // The schedule runs on its own thread with 1 ms sleeps: timer-queue delays (Task.Delay) wake later and would
    // charge the generator's lateness to the server.
    var scheduler = new Thread(() =>
    {
        for (long i = 0; i < total; i++)
        {
            long due = (long)(i * ticksPerRequest);
            while (due - clock.ElapsedTicks > Stopwatch.Frequency / 2000)
            {
                Thread.Sleep(1);
            }

            if (!gate.Wait(0))
            {
                // Too far behind: count it as an error rather than queue without bound.
                Interlocked.Increment(ref errors);
                continue;
            }

            byte[] body = bodies[i % bodies.Length];
            lock (tasks)
            {
                tasks.Add(SendAsync(body, due));
            }
        }
    }) { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "schedule" };
    scheduler.Start();
    while (scheduler.IsAlive)
    {
        await Task.Delay(50);
    }

    async Task SendAsync(byte[] body, long due)
    {
        await Task.Yield();
        long sent = clock.ElapsedTicks;
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            using HttpResponseMessage response = await client.PostAsync("/v1/scan", content);
            await response.Content.LoadIntoBufferAsync();
            double ms = (clock.ElapsedTicks - due) * 1000.0 / Stopwatch.Frequency;
            lock (latencies)
            {
                if (response.IsSuccessStatusCode)
                {
                    if (record)
                    {
                        latencies.Add(ms);
                        service.Add((clock.ElapsedTicks - sent) * 1000.0 / Stopwatch.Frequency);
                    }
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref errors);
        }
        finally
        {
            gate.Release();
        }
    }

    Task[] all;
    lock (tasks)
    {
        all = [.. tasks];
    }

    await Task.WhenAll(all);
    return (latencies, errors, clock.Elapsed.TotalSeconds, statuses);
}

string Arg(string name, string fallback)
{
    int i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
