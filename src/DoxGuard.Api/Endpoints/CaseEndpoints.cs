using DoxGuard.Api.Auth;
using DoxGuard.Api.Hosting;
using DoxGuard.Api.Moderation;
using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Endpoints;

/// <summary>Cases, decisions, statements of reasons and appeals.</summary>
internal static class CaseEndpoints
{
    private const string DecisionExample = "{\"outcome\": \"confirm|overturn|escalate\", \"reason\": \"why\"}";
    private const string AppealExample = "{\"author\": \"the post's author id\", \"statement\": \"why the decision is wrong\"}";
    private const string OutcomeExample = "{\"outcome\": \"upheld|reversed\", \"reason\": \"why\"}";

    public static void Map(IEndpointRouteBuilder app)
    {
        RouteGroupBuilder cases = app.MapGroup("/v1/cases").WithTags("Cases")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        cases.MapGet("/", ListCases).RequireRoles(Roles.Reviewer)
            .WithSummary("The review queue: most severe first, then oldest. Filters: label, severity, state (default: open and escalated).");
        cases.MapGet("/{id}", GetCase).RequireRoles(Roles.Reviewer).WithSummary("One case with its decisions and appeals.");
        cases.MapPost("/{id}/decisions", Decide).RequireRoles(Roles.Reviewer)
            .Accepts<DecisionRequest>("application/json")
            .WithSummary("Confirms, overturns or escalates the automatic action, with a reason.");
        cases.MapPost("/{id}/appeals", FileAppeal).RequireRoles(Roles.Ingest)
            .Accepts<AppealRequest>("application/json")
            .WithSummary("The author's appeal against the decision on the case, relayed by the platform.");

        app.MapGet("/v1/decisions/{id}/statement-of-reasons", Statement).WithTags("Cases").RequireRoles(Roles.Reviewer, Roles.Ingest)
            .WithSummary("The statement of reasons for a decision, in the fields of the EU DSA Transparency Database.");

        RouteGroupBuilder appeals = app.MapGroup("/v1/appeals").WithTags("Appeals");
        appeals.MapGet("/", ListAppeals).RequireRoles(Roles.Reviewer, Roles.Ingest)
            .WithSummary("Appeals, oldest first. Filters: outcome (pending, upheld, reversed), case_id.");
        appeals.MapPost("/{id}/outcome", ResolveAppeal).RequireRoles(Roles.Reviewer)
            .Accepts<AppealOutcomeRequest>("application/json")
            .WithSummary("Upholds or reverses the decision under appeal.");
    }

    private static async Task<Results<Ok<IReadOnlyList<CaseView>>, ProblemHttpResult>> ListCases(
        IModerationStore store, string? label, string? severity, string? state, int? limit, CancellationToken cancellationToken)
    {
        if (label is not null && !HarmLabelNames.TryParse(label, out _))
        {
            return Problems.BadRequest($"unknown label '{label}': use one of {string.Join(", ", HarmLabelNames.All.Select(l => l.ToWireName()))}");
        }

        if (severity is not null && !PolicyNames.TryParseSeverity(severity, out _))
        {
            return Problems.BadRequest($"unknown severity '{severity}': use one of none, low, medium, high, critical");
        }

        if (state is not null && state != "active" && !CaseStates.All.Contains(state))
        {
            return Problems.BadRequest($"unknown state '{state}': use one of active, {string.Join(", ", CaseStates.All)}");
        }

        if (limit is < 1 or > 1000)
        {
            return Problems.BadRequest("limit must be from 1 to 1000");
        }

        var query = new CaseQuery { Label = label, Severity = severity, Limit = limit ?? 200 };
        IReadOnlyList<CaseRecord> found;
        if (state is null or "active")
        {
            // The working queue: what still needs a human, open and escalated alike.
            IReadOnlyList<CaseRecord> open = await store.ListCasesAsync(query with { State = CaseStates.Open }, cancellationToken);
            IReadOnlyList<CaseRecord> escalated = await store.ListCasesAsync(query with { State = CaseStates.Escalated }, cancellationToken);
            found = [.. open.Concat(escalated).OrderByDescending(c => c.SeverityRank).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id, StringComparer.Ordinal).Take(query.Limit)];
        }
        else
        {
            found = await store.ListCasesAsync(query with { State = state }, cancellationToken);
        }

        return TypedResults.Ok<IReadOnlyList<CaseView>>([.. found.Select(CaseView.From)]);
    }

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetCase(IModerationStore store, string id, CancellationToken cancellationToken)
    {
        CaseRecord? c = await store.GetCaseAsync(id, cancellationToken);
        if (c is null)
        {
            return Problems.NotFound($"no case '{id}'");
        }

        return TypedResults.Ok(new CaseDetail(CaseView.From(c), await store.ListDecisionsAsync(id, cancellationToken), await store.ListAppealsAsync(null, id, cancellationToken)));
    }

    private static async Task<Results<Created<DecisionRecord>, ProblemHttpResult>> Decide(HttpContext http, IModerationStore store, ILogger<ScanService> logger, string id)
    {
        (DecisionRequest? body, string? error) = await RequestBody.ReadJsonAsync<DecisionRequest>(http.Request, DecisionExample, http.RequestAborted);
        if (body is null)
        {
            return ScanEndpoints.Reject(logger, "decisions", Problems.BadRequest(error!));
        }

        if (!DecisionOutcomes.IsValid(body.Outcome))
        {
            return ScanEndpoints.Reject(logger, "decisions", Problems.BadRequest($"\"outcome\" must be confirm, overturn or escalate: send {DecisionExample}"));
        }

        if (string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return ScanEndpoints.Reject(logger, "decisions", Problems.BadRequest($"\"reason\" is required (1 to 2000 characters): send {DecisionExample}"));
        }

        try
        {
            DecisionRecord decision = await store.DecideAsync(id, body.Outcome!, body.Reason.Trim(), http.User.KeyId(), http.RequestAborted);
            Log.Decided(logger, decision.Id, id, decision.Outcome, decision.ReviewerKeyId);
            return TypedResults.Created($"/v1/decisions/{decision.Id}/statement-of-reasons", decision);
        }
        catch (StoreNotFoundException ex)
        {
            return Problems.NotFound(ex.Message);
        }
        catch (StoreConflictException ex)
        {
            return ScanEndpoints.Reject(logger, "decisions", Problems.Conflict(ex.Message));
        }
    }

    private static async Task<Results<Ok<StatementOfReasons>, ProblemHttpResult>> Statement(IModerationStore store, IOptions<ServiceOptions> options, string id, CancellationToken cancellationToken)
    {
        DecisionRecord? decision = await store.GetDecisionAsync(id, cancellationToken);
        if (decision is null)
        {
            return Problems.NotFound($"no decision '{id}'");
        }

        CaseRecord c = (await store.GetCaseAsync(decision.CaseId, cancellationToken))!;
        IReadOnlyList<string> scope = options.Value.TerritorialScope.Count > 0 ? [.. options.Value.TerritorialScope] : ServiceOptions.EuropeanEconomicArea;
        StatementOfReasons? statement = StatementOfReasons.For(c, decision, scope);
        return statement is null
            ? Problems.Conflict($"decision '{id}' overturned the automatic action and restricts nothing, so it has no statement of reasons")
            : TypedResults.Ok(statement);
    }

    private static async Task<Results<Created<AppealRecord>, ProblemHttpResult>> FileAppeal(HttpContext http, IModerationStore store, ILogger<ScanService> logger, string id)
    {
        (AppealRequest? body, string? error) = await RequestBody.ReadJsonAsync<AppealRequest>(http.Request, AppealExample, http.RequestAborted);
        if (body is null)
        {
            return ScanEndpoints.Reject(logger, "appeals", Problems.BadRequest(error!));
        }

        if (string.IsNullOrWhiteSpace(body.Author) || string.IsNullOrWhiteSpace(body.Statement) || body.Statement.Length > 5000)
        {
            return ScanEndpoints.Reject(logger, "appeals", Problems.BadRequest($"\"author\" and \"statement\" (up to 5000 characters) are required: send {AppealExample}"));
        }

        try
        {
            AppealRecord appeal = await store.FileAppealAsync(id, body.Author, body.Statement.Trim(), http.User.KeyId(), http.RequestAborted);
            Log.AppealFiled(logger, appeal.Id, id);
            return TypedResults.Created($"/v1/appeals/{appeal.Id}", appeal);
        }
        catch (StoreNotFoundException ex)
        {
            return Problems.NotFound(ex.Message);
        }
        catch (StoreConflictException ex)
        {
            return ScanEndpoints.Reject(logger, "appeals", Problems.Conflict(ex.Message));
        }
    }

    private static async Task<Results<Ok<IReadOnlyList<AppealRecord>>, ProblemHttpResult>> ListAppeals(IModerationStore store, string? outcome, string? case_id, CancellationToken cancellationToken)
    {
        if (outcome is not null && outcome != AppealOutcomes.Pending && !AppealOutcomes.IsFinal(outcome))
        {
            return Problems.BadRequest($"unknown outcome '{outcome}': use pending, upheld or reversed");
        }

        return TypedResults.Ok(await store.ListAppealsAsync(outcome, case_id, cancellationToken));
    }

    private static async Task<Results<Ok<AppealRecord>, ProblemHttpResult>> ResolveAppeal(HttpContext http, IModerationStore store, ILogger<ScanService> logger, string id)
    {
        (AppealOutcomeRequest? body, string? error) = await RequestBody.ReadJsonAsync<AppealOutcomeRequest>(http.Request, OutcomeExample, http.RequestAborted);
        if (body is null)
        {
            return ScanEndpoints.Reject(logger, "appeal outcome", Problems.BadRequest(error!));
        }

        if (!AppealOutcomes.IsFinal(body.Outcome) || string.IsNullOrWhiteSpace(body.Reason) || body.Reason.Length > 2000)
        {
            return ScanEndpoints.Reject(logger, "appeal outcome", Problems.BadRequest($"\"outcome\" must be upheld or reversed and \"reason\" is required: send {OutcomeExample}"));
        }

        try
        {
            string actor = http.User.KeyId();
            AppealRecord appeal = await store.ResolveAppealAsync(id, body.Outcome!, body.Reason.Trim(), actor, http.RequestAborted);
            Log.AppealResolved(logger, appeal.Id, appeal.Outcome, actor);
            return TypedResults.Ok(appeal);
        }
        catch (StoreNotFoundException ex)
        {
            return Problems.NotFound(ex.Message);
        }
        catch (StoreConflictException ex)
        {
            return ScanEndpoints.Reject(logger, "appeal outcome", Problems.Conflict(ex.Message));
        }
    }
}
