using System.Text;
using System.Text.Json;
using DoxGuard.Analysis;
using DoxGuard.Contract;

namespace DoxGuard.Tests.Contract;

public sealed class JsonLinesScannerTests
{
    private static readonly ScanEngine Engine = ScanEngineFactory.CreateDefault();

    private static async Task<(string[] Lines, ScanSummary Summary)> ScanAsync(byte[] input, int parallelism = 2, int maxTextBytes = 64 * 1024, int batchLines = 256)
    {
        var scanner = new JsonLinesScanner(Engine, new JsonLinesScanOptions
        {
            Parallelism = parallelism,
            BatchLines = batchLines,
            Limits = new ScanInputLimits { MaxTextBytes = maxTextBytes },
        });
        using var output = new MemoryStream();
        ScanSummary summary = await scanner.RunAsync(new MemoryStream(input), output);
        string text = Encoding.UTF8.GetString(output.ToArray());
        Assert.True(text.Length == 0 || text.EndsWith('\n'), "output must end with a newline");
        string[] lines = text.Length == 0 ? [] : text[..^1].Split('\n');
        return (lines, summary);
    }

    [Fact]
    public async Task RunAsync_MixedGoodAndBadLines_OneOutputPerInputInOrder()
    {
        string input = string.Join('\n', Enumerable.Range(0, 1000).Select(i => i % 7 == 3 ? $"garbage {i}" : $$"""{"id":"p{{i}}","text":"post number {{i}}"}"""));

        (string[] lines, ScanSummary summary) = await ScanAsync(Encoding.UTF8.GetBytes(input), batchLines: 16);

        Assert.Equal(1000, lines.Length);
        Assert.Equal(1000, summary.Records);
        for (int i = 0; i < 1000; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            string id = doc.RootElement.GetProperty("id").GetString()!;
            Assert.Equal(i % 7 == 3 ? $"line:{i + 1}" : $"p{i}", id);
        }

        Assert.Equal(Enumerable.Range(0, 1000).Count(i => i % 7 == 3), summary.Errors);
    }

    [Fact]
    public async Task RunAsync_EmptyInput_NoOutput()
    {
        (string[] lines, ScanSummary summary) = await ScanAsync([]);

        Assert.Empty(lines);
        Assert.Equal(0, summary.Records);
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"text\":\"x\"}\n", 1)]
    [InlineData("{\"id\":\"a\",\"text\":\"x\"}", 1)]
    [InlineData("{\"id\":\"a\",\"text\":\"x\"}\n\n", 2)]
    [InlineData("\n\n\n", 3)]
    [InlineData("{\"id\":\"a\",\"text\":\"x\"}\r\n{\"id\":\"b\",\"text\":\"y\"}\r\n", 2)]
    public async Task RunAsync_LineEndings_CountLinesExactly(string input, int expected)
    {
        (string[] lines, _) = await ScanAsync(Encoding.UTF8.GetBytes(input));

        Assert.Equal(expected, lines.Length);
    }

    [Fact]
    public async Task RunAsync_LineLongerThanLimit_ErrorRecordAndNeighboursKept()
    {
        // A 3 MB line against a 1 KB text limit: the line is skipped without being buffered, the others survive.
        string huge = $$"""{"id":"huge","text":"{{new string('x', 3_000_000)}}"}""";
        string input = $"{{\"id\":\"before\",\"text\":\"a\"}}\n{huge}\n{{\"id\":\"after\",\"text\":\"b\"}}\n";

        (string[] lines, ScanSummary summary) = await ScanAsync(Encoding.UTF8.GetBytes(input), maxTextBytes: 1024);

        Assert.Equal(3, lines.Length);
        Assert.Contains("\"before\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"line:2\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"error\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"after\"", lines[2], StringComparison.Ordinal);
        Assert.Equal(1, summary.Errors);
    }

    [Fact]
    public async Task RunAsync_OversizedLastLineWithoutNewline_StillOneRecord()
    {
        string input = "{\"id\":\"a\",\"text\":\"x\"}\n" + new string('y', 200_000);

        (string[] lines, _) = await ScanAsync(Encoding.UTF8.GetBytes(input), maxTextBytes: 100);

        Assert.Equal(2, lines.Length);
        Assert.Contains("line:2", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_RandomBytes_OneRecordPerLineAndValidJson()
    {
        var random = new Random(20261128);
        var sb = new List<byte>();
        int lineCount = 0;
        for (int i = 0; i < 5000; i++)
        {
            int kind = random.Next(6);
            byte[] line = kind switch
            {
                0 => RandomBytes(random, random.Next(0, 300)),
                1 => Encoding.UTF8.GetBytes($$"""{"id":"r{{i}}","text":"{{RandomPrintable(random, random.Next(0, 200))}}"}"""),
                2 => Encoding.UTF8.GetBytes($$"""{"id":"r{{i}}","text":"{{RandomPrintable(random, 10)}}""" ),
                3 => Encoding.UTF8.GetBytes(new string('{', random.Next(1, 200))),
                4 => Encoding.UTF8.GetBytes($$"""{"id":"r{{i}}","text":"\ud800 lone surrogate {{i}}"}"""),
                _ => Encoding.UTF8.GetBytes($$"""{"id":"r{{i}}","text":"call 773-555-0143 or mail a@b.co","lang":"{{RandomPrintable(random, 3)}}"}"""),
            };
            sb.AddRange(line);
            sb.Add((byte)'\n');
            lineCount++;
        }

        (string[] lines, ScanSummary summary) = await ScanAsync([.. sb], batchLines: 64);

        Assert.Equal(lineCount, lines.Length);
        Assert.Equal(lineCount, summary.Records);
        foreach (string line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.True(doc.RootElement.TryGetProperty("id", out _));
        }
    }

    [Fact]
    public async Task RunAsync_SingleThreaded_SameOutputAsParallel()
    {
        string input = string.Join('\n', Enumerable.Range(0, 600).Select(i => $$"""{"id":"p{{i}}","text":"text {{i}} at 409 Magnolia St, call 773-555-0143"}"""));
        byte[] bytes = Encoding.UTF8.GetBytes(input);

        (string[] one, _) = await ScanAsync(bytes, parallelism: 1, batchLines: 10);
        (string[] many, _) = await ScanAsync(bytes, parallelism: 4, batchLines: 10);

        Assert.Equal(one, many);
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        byte[] bytes = new byte[length];
        random.NextBytes(bytes);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                bytes[i] = (byte)'x';
            }
        }

        return bytes;
    }

    private static string RandomPrintable(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 .,-@#ñé五😀";
        var sb = new StringBuilder(length);
        for (int i = 0; i < length; i++)
        {
            sb.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return sb.ToString();
    }
}
