using DoxGuard.Api.Auth;
using DoxGuard.Api.Hosting;
using DoxGuard.Api.Moderation;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Endpoints;

/// <summary><c>POST /v1/scan</c> and <c>POST /v1/scan/batch</c>: the platform's ingestion path.</summary>
internal static class ScanEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        RouteGroupBuilder group = app.MapGroup("/v1/scan").WithTags("Scan").RequireRoles(Roles.Ingest)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        group.MapPost("/", ScanOne)
            .WithName("Scan")
            .WithSummary("Scans one post (a scan-contract input object) and returns its verdict (a contract output object).")
            .WithDescription("Every post judged 'review' or worse opens a case for the reviewers.")
            .Accepts<ScanInputDocument>("application/json")
            .Produces<ScanOutputDocument>(StatusCodes.Status200OK, "application/json");

        group.MapPost("/batch", ScanBatch)
            .WithName("ScanBatch")
            .WithSummary("Scans a JSON array of up to 1,000 posts; one result or error record per post, in order.")
            .Accepts<ScanInputDocument[]>("application/json")
            .Produces<ScanOutputDocument[]>(StatusCodes.Status200OK, "application/json");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScanOne(HttpContext http, ScanService scans, IOptions<ServiceOptions> options, ILogger<ScanService> logger)
    {
        ReadOnlyMemory<byte>? body = await RequestBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return Reject(logger, "scan", Problems.TooLarge(options.Value.MaxRequestBodyBytes));
        }

        (byte[]? json, string? error) = await scans.ScanOneAsync(body.Value, http.User.KeyId(), http.RequestAborted);
        return json is null ? Reject(logger, "scan", Problems.BadRequest(error!)) : TypedResults.Bytes(json, "application/json");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ScanBatch(HttpContext http, ScanService scans, IOptions<ServiceOptions> options, ILogger<ScanService> logger)
    {
        ReadOnlyMemory<byte>? body = await RequestBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return Reject(logger, "scan/batch", Problems.TooLarge(options.Value.MaxRequestBodyBytes));
        }

        (byte[]? json, string? error) = await scans.ScanBatchAsync(body.Value, http.User.KeyId(), http.RequestAborted);
        return json is null ? Reject(logger, "scan/batch", Problems.BadRequest(error!)) : TypedResults.Bytes(json, "application/json");
    }

    internal static ProblemHttpResult Reject(ILogger logger, string endpoint, ProblemHttpResult problem)
    {
        // The detail names positions and limits only, never the post's words.
        Log.Rejected(logger, endpoint, problem.StatusCode, problem.ProblemDetails.Detail ?? string.Empty);
        return problem;
    }
}
