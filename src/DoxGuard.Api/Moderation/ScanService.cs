using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using DoxGuard.Analysis;
using DoxGuard.Api.Hosting;
using DoxGuard.Contract;
using DoxGuard.Policy;
using DoxGuard.Storage;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Moderation;

/// <summary>
/// The HTTP side of a scan: contract JSON in, the engine's verdict out, and a case for every post at <c>review</c> or
/// worse. Parsing, judging and writing are Core's (<see cref="ScanInputParser"/>, <see cref="ScanEngine"/>,
/// <see cref="ScanOutputWriter"/>); this class only moves bytes and opens cases.
/// </summary>
internal sealed class ScanService(ScanEngine engine, IModerationStore store, IOptions<ServiceOptions> options, ILogger<ScanService> logger)
{
    private readonly ScanInputLimits _limits = new() { MaxTextBytes = options.Value.MaxTextBytes };

    public int MaxBatchSize => options.Value.MaxBatchSize;

    /// <summary>Scans one contract input object; the error is what to fix when it is not one.</summary>
    public async Task<(byte[]? Json, string? Error)> ScanOneAsync(ReadOnlyMemory<byte> body, string actor, CancellationToken cancellationToken)
    {
        ScanInput input = ScanInputParser.Parse(body.Span, 1, _limits);
        if (input.Error is { } error)
        {
            return (null, error.Message.Replace("line is", "body is", StringComparison.Ordinal));
        }

        ScanRequest request = input.Request!;
        ScanResult result = engine.Scan(request);
        byte[] json = Write(w => ScanOutputWriter.WriteResult(w, result));
        int cases = await OpenCasesAsync([(request, result, json)], actor, cancellationToken);
        Log.Scanned(logger, 1, cases);
        return (json, null);
    }

    /// <summary>Scans a JSON array of contract input objects; one result or error record per element, in order.</summary>
    public async Task<(byte[]? Json, string? Error)> ScanBatchAsync(ReadOnlyMemory<byte> body, string actor, CancellationToken cancellationToken)
    {
        (List<ScanInput>? inputs, string? problem) = SplitArray(body);
        if (inputs is null)
        {
            return (null, problem);
        }

        var outputs = new byte[inputs.Count][];
        var results = new ScanResult?[inputs.Count];
        // Posts are independent; a large batch uses every core, a small one stays on the request thread.
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = inputs.Count > 8 ? Environment.ProcessorCount : 1 }, i =>
        {
            ScanInput input = inputs[i];
            if (input.Error is { } error)
            {
                outputs[i] = Write(w => ScanOutputWriter.WriteError(w, error));
            }
            else
            {
                ScanResult result = engine.Scan(input.Request!);
                results[i] = result;
                outputs[i] = Write(w => ScanOutputWriter.WriteResult(w, result));
            }
        });

        var scanned = new List<(ScanRequest, ScanResult, byte[])>();
        for (int i = 0; i < inputs.Count; i++)
        {
            if (results[i] is { } result)
            {
                scanned.Add((inputs[i].Request!, result, outputs[i]));
            }
        }

        int cases = await OpenCasesAsync(scanned, actor, cancellationToken);
        Log.Scanned(logger, inputs.Count, cases);

        var buffer = new ArrayBufferWriter<byte>(outputs.Sum(o => o.Length + 1) + 2);
        buffer.Write("["u8);
        for (int i = 0; i < outputs.Length; i++)
        {
            if (i > 0)
            {
                buffer.Write(","u8);
            }

            buffer.Write(outputs[i]);
        }

        buffer.Write("]"u8);
        return (buffer.WrittenMemory.ToArray(), null);
    }

    private (List<ScanInput>? Inputs, string? Problem) SplitArray(ReadOnlyMemory<byte> body)
    {
        const string Expected = "send a JSON array of post objects, e.g. [{\"id\": \"p1\", \"text\": \"...\"}]";
        var inputs = new List<ScanInput>();
        try
        {
            var reader = new Utf8JsonReader(body.Span, new JsonReaderOptions { MaxDepth = 64 });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return (null, $"the body is not a JSON array: {Expected}");
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (inputs.Count >= MaxBatchSize)
                {
                    return (null, $"the batch has more than {MaxBatchSize} posts: split it into batches of at most {MaxBatchSize}");
                }

                long number = inputs.Count + 1;
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    int start = (int)reader.TokenStartIndex;
                    reader.Skip();
                    int end = (int)reader.BytesConsumed;
                    inputs.Add(ScanInputParser.Parse(body.Span[start..end], number, _limits));
                }
                else
                {
                    reader.Skip();
                    inputs.Add(new ScanInput(null, new ScanError(ScanInputParser.LineId(number), $"item {number} is not a JSON object with \"id\" and \"text\"")));
                }
            }

            if (reader.TokenType != JsonTokenType.EndArray || reader.Read())
            {
                return (null, $"the array is not closed, or data follows it: {Expected}");
            }
        }
        catch (JsonException ex)
        {
            return (null, $"invalid JSON at byte {ex.BytePositionInLine + 1} of line {ex.LineNumber + 1}: {Expected}");
        }

        return (inputs, null);
    }

    private async Task<int> OpenCasesAsync(IReadOnlyList<(ScanRequest Request, ScanResult Result, byte[] Json)> scanned, string actor, CancellationToken cancellationToken)
    {
        var cases = new List<NewCase>();
        foreach ((ScanRequest request, ScanResult result, byte[] json) in scanned)
        {
            if (result.Action < ModerationAction.Review)
            {
                continue;
            }

            cases.Add(new NewCase
            {
                PostId = request.Id,
                Author = request.Author,
                Thread = request.Thread,
                Text = request.Text,
                Action = result.Action.ToWireName(),
                Severity = result.Severity.ToWireName(),
                SeverityRank = (int)result.Severity,
                Labels = [.. result.Labels.Select(Harms.HarmLabelNames.ToWireName)],
                ResultJson = WithoutRegistryDetails(json),
            });
        }

        if (cases.Count == 0)
        {
            return 0;
        }

        IReadOnlyList<CaseRecord> opened = await store.CreateCasesAsync(cases, actor, cancellationToken);
        foreach (CaseRecord c in opened)
        {
            Log.CaseOpened(logger, c.Id, c.Action, c.Severity);
        }

        return opened.Count;
    }

    /// <summary>Reviewers learn that a detail is protected, never which registry record it matched.</summary>
    internal static string WithoutRegistryDetails(byte[] json)
    {
        JsonNode root = JsonNode.Parse(json)!;
        if (root["entities"] is JsonArray entities)
        {
            foreach (JsonNode? entity in entities)
            {
                if (entity is JsonObject o && o.ContainsKey("protected"))
                {
                    o["protected"] = true;
                }
            }
        }

        return root.ToJsonString(new JsonSerializerOptions { Encoder = ScanOutputWriter.WriterOptions.Encoder });
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, ScanOutputWriter.WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
