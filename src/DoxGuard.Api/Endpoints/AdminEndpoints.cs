using DoxGuard.Api.Auth;
using DoxGuard.Api.Hosting;
using DoxGuard.Api.Moderation;
using DoxGuard.Registry;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Endpoints;

/// <summary>Health, API keys, the registry and the audit log.</summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/health", Health).WithTags("Service").AllowAnonymous().DisableRateLimiting()
            .WithSummary("Liveness and store reachability; no key needed.");

        RouteGroupBuilder keys = app.MapGroup("/v1/keys").WithTags("Keys").RequireRoles(Roles.Admin);
        keys.MapPost("/", CreateKey).Accepts<KeyRequest>("application/json").WithSummary("Creates a key; its secret is shown once.");
        keys.MapGet("/", (IModerationStore store, CancellationToken ct) => store.ListApiKeysAsync(ct)).WithSummary("Key ids, roles and dates (never secrets).");
        keys.MapDelete("/{id}", RevokeKey).WithSummary("Revokes a key.");

        RouteGroupBuilder registry = app.MapGroup("/v1/registry").WithTags("Registry").RequireRoles(Roles.Admin);
        registry.MapPost("/import", ImportRegistry).Accepts<string>("application/x-ndjson")
            .WithSummary("Imports protected-person records (JSON Lines). Answers with counts only: registry contents are never shown.");
        registry.MapDelete("/{id}", RemoveRegistry).WithSummary("Removes a protected-person record.");
        registry.MapGet("/count", (IRegistryAdmin admin) => TypedResults.Ok(new { count = admin.Count, available = admin.Available }))
            .WithSummary("How many records the registry holds.");

        RouteGroupBuilder audit = app.MapGroup("/v1/audit").WithTags("Audit").RequireRoles(Roles.Reviewer, Roles.Admin);
        audit.MapGet("/", (IModerationStore store, long? after, int? limit, CancellationToken ct) => store.ReadAuditAsync(after ?? 0, limit ?? 500, ct))
            .WithSummary("Audit entries after a sequence number, oldest first.");
        audit.MapGet("/verify", VerifyAudit).WithSummary("Walks the hash chain and names the first entry that was edited, deleted or inserted.");
    }

    private static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> Health(IModerationStore store, IRegistryAdmin registry, CancellationToken cancellationToken)
    {
        bool up;
        try
        {
            up = await store.PingAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            up = false;
        }

        var view = new HealthView(up ? "ok" : "degraded", store.Backend, registry.Available ? registry.Count : null);
        return up ? TypedResults.Ok(view) : TypedResults.Json(view, statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Created<CreatedKey>, ProblemHttpResult>> CreateKey(HttpContext http, IModerationStore store, ILogger<ScanService> logger)
    {
        (KeyRequest? body, string? error) = await RequestBody.ReadJsonAsync<KeyRequest>(http.Request, "{\"role\": \"ingest|reviewer|admin\"}", http.RequestAborted);
        if (body is null)
        {
            return Problems.BadRequest(error!);
        }

        if (!Roles.IsValid(body.Role))
        {
            return Problems.BadRequest("\"role\" must be ingest, reviewer or admin");
        }

        string actor = http.User.KeyId();
        (ApiKeyRecord record, string secret) = await ApiKeys.CreateAsync(store, body.Role!, actor, http.RequestAborted);
        Log.KeyCreated(logger, record.Id, record.Role, actor);
        return TypedResults.Created($"/v1/keys/{record.Id}", new CreatedKey(record.Id, record.Role, secret));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(HttpContext http, IModerationStore store, ApiKeyCache cache, ILogger<ScanService> logger, string id)
    {
        string actor = http.User.KeyId();
        try
        {
            await store.RevokeApiKeyAsync(id, actor, http.RequestAborted);
        }
        catch (StoreNotFoundException ex)
        {
            return Problems.NotFound(ex.Message);
        }

        cache.Clear();
        Log.KeyRevoked(logger, id, actor);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<RegistryImportView>, ProblemHttpResult>> ImportRegistry(HttpContext http, IRegistryAdmin registry, IModerationStore store, IOptions<ServiceOptions> options, ILogger<ScanService> logger)
    {
        if (!registry.Available)
        {
            return Problems.Unavailable(registry.UnavailableReason!);
        }

        ReadOnlyMemory<byte>? body = await RequestBody.ReadAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge(options.Value.MaxRequestBodyBytes);
        }

        ImportReport report;
        try
        {
            report = await registry.ImportAsync(body.Value, http.RequestAborted);
        }
        catch (RegistryKeyException ex)
        {
            return Problems.Conflict(ex.Message);
        }

        var errors = report.Errors.Select(e => new RegistryImportError(e.Line, e.Message)).ToList();
        if (report.Imported == 0)
        {
            return Problems.BadRequest(errors.Count == 0
                ? "no records: send JSON Lines, one record per line, e.g. {\"id\": \"r1\", \"names\": [\"Ana Garcia\"], \"phones\": [\"+34 600 000 000\"]}"
                : $"no record imported; line {errors[0].Line}: {errors[0].Message}");
        }

        string actor = http.User.KeyId();
        await store.AppendAuditAsync(actor, "registry.imported", "registry", $"records={report.Imported} rejected={errors.Count} total={registry.Count}", http.RequestAborted);
        Log.RegistryChanged(logger, "import", actor, report.Imported);
        return TypedResults.Ok(new RegistryImportView(report.Imported, errors, registry.Count));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RemoveRegistry(HttpContext http, IRegistryAdmin registry, IModerationStore store, ILogger<ScanService> logger, string id)
    {
        if (!registry.Available)
        {
            return Problems.Unavailable(registry.UnavailableReason!);
        }

        if (!await registry.RemoveAsync(id, http.RequestAborted))
        {
            return Problems.NotFound("no registry record with that id");
        }

        string actor = http.User.KeyId();
        await store.AppendAuditAsync(actor, "registry.removed", id, $"total={registry.Count}", http.RequestAborted);
        Log.RegistryChanged(logger, "remove", actor, 1);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<AuditVerificationView>> VerifyAudit(IModerationStore store, CancellationToken cancellationToken)
    {
        AuditVerification v = await store.VerifyAuditAsync(cancellationToken);
        return TypedResults.Ok(new AuditVerificationView(v.IsIntact, v.Entries, v.FirstBadSeq, v.Problem, v.HeadHash));
    }
}
