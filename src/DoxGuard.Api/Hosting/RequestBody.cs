using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Hosting;

/// <summary>Reads request bodies under the configured size limit and turns bad JSON into a message that says what to fix.</summary>
internal static class RequestBody
{
    /// <summary>The body, or null when it is larger than the limit (the caller answers 413).</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        long limit = request.HttpContext.RequestServices.GetRequiredService<IOptions<ServiceOptions>>().Value.MaxRequestBodyBytes;
        if (request.ContentLength is long declared && declared > limit)
        {
            return null;
        }

        var buffer = new ArrayBufferWriter<byte>(request.ContentLength is long n and > 0 ? (int)n : 4096);
        while (true)
        {
            Memory<byte> memory = buffer.GetMemory(8192);
            int read = await request.Body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenMemory;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > limit)
            {
                return null;
            }
        }
    }

    /// <summary>Deserializes a small JSON body; the error says what was expected.</summary>
    public static async Task<(T? Value, string? Error)> ReadJsonAsync<T>(HttpRequest request, string expected, CancellationToken cancellationToken)
        where T : class
    {
        ReadOnlyMemory<byte>? body = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return (null, "the request body is larger than the limit");
        }

        if (body.Value.IsEmpty)
        {
            return (null, $"the request body is empty: send a JSON object like {expected}");
        }

        try
        {
            JsonSerializerOptions options = request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            T? value = JsonSerializer.Deserialize<T>(body.Value.Span, options);
            return value is null ? (null, $"the request body is null: send a JSON object like {expected}") : (value, null);
        }
        catch (JsonException ex)
        {
            return (null, $"invalid JSON ({Describe(ex)}): send a JSON object like {expected}");
        }
    }

    private static string Describe(JsonException ex) =>
        ex.LineNumber is long line && ex.BytePositionInLine is long col
            ? $"at line {line + 1}, byte {col + 1}{(ex.Path is { Length: > 1 } p ? $", at {p}" : string.Empty)}"
            : "unreadable";
}
