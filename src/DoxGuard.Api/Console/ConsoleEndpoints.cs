using System.Collections.Frozen;
using System.Reflection;

namespace DoxGuard.Api.Console;

/// <summary>Serves the review console (wwwroot, embedded in the assembly) at <c>/</c>.</summary>
internal static class ConsoleEndpoints
{
    private static readonly FrozenDictionary<string, (byte[] Body, string ContentType)> Files = Load();

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();
        app.MapGet("/console/{file}", (HttpContext http, string file) => Serve(http, file)).ExcludeFromDescription().AllowAnonymous().DisableRateLimiting();
    }

    private static IResult Serve(HttpContext http, string file)
    {
        if (!Files.TryGetValue(file, out var entry))
        {
            return Results.NotFound();
        }

        // The console holds an API key in sessionStorage: no framing by other sites, no third-party code.
        http.Response.Headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(entry.Body, entry.ContentType);
    }

    private static FrozenDictionary<string, (byte[], string)> Load()
    {
        const string Prefix = "DoxGuard.Console.";
        Assembly assembly = typeof(ConsoleEndpoints).Assembly;
        var files = new Dictionary<string, (byte[], string)>(StringComparer.Ordinal);
        foreach (string name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            string file = name[Prefix.Length..];
            string type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            files[file] = (memory.ToArray(), type);
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
