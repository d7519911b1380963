using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace DoxGuard.Api.Hosting;

/// <summary>ProblemDetails answers with a detail that says what to fix.</summary>
internal static class Problems
{
    public static ProblemHttpResult BadRequest(string detail) => Make(400, "Bad request", detail);

    public static ProblemHttpResult NotFound(string detail) => Make(404, "Not found", detail);

    public static ProblemHttpResult Conflict(string detail) => Make(409, "Conflict", detail);

    public static ProblemHttpResult TooLarge(long limit) =>
        Make(413, "Request body too large", $"the request body is larger than the limit of {limit} bytes: send fewer or shorter posts per request");

    public static ProblemHttpResult Unavailable(string detail) => Make(503, "Service unavailable", detail);

    private static ProblemHttpResult Make(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
