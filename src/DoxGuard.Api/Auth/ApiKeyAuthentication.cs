using System.Security.Claims;
using System.Text.Encodings.Web;
using DoxGuard.Api.Hosting;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Auth;

/// <summary>Authenticates <c>Authorization: Bearer KEY</c> against the stored key hashes.</summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyCache keys,
    IProblemDetailsService problems)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";

    /// <summary>The claim that carries the key's public id (used as the actor in the audit log).</summary>
    public const string KeyIdClaim = "doxguard:key_id";

    private const string FailureItem = "doxguard:auth_failure";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrWhiteSpace(header))
        {
            return AuthenticateResult.NoResult();
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            return Fail("the Authorization header must be 'Bearer <API key>'");
        }

        ApiKeyRecord? record = await keys.FindAsync(header[7..].Trim(), Context.RequestAborted);
        if (record is null)
        {
            return Fail("unknown or revoked API key");
        }

        var identity = new ClaimsIdentity(
            [new Claim(KeyIdClaim, record.Id), new Claim(ClaimTypes.NameIdentifier, record.Id), new Claim(ClaimTypes.Role, record.Role)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        string why = Context.Items[FailureItem] as string ?? "this endpoint needs an API key: send 'Authorization: Bearer <API key>'";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails { Status = 401, Title = "Unauthorized", Detail = why },
        });
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        string role = Context.User.FindFirstValue(ClaimTypes.Role) ?? "none";
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = 403,
                Title = "Forbidden",
                Detail = $"a key with role '{role}' may not do this; {RequiredRoleHint(Context)}",
            },
        });
    }

    private static string RequiredRoleHint(HttpContext context)
    {
        string[]? roles = context.GetEndpoint()?.Metadata.GetMetadata<RequiredRoles>()?.Roles;
        return roles is { Length: > 0 } ? $"it needs role {string.Join(" or ", roles.Select(r => $"'{r}'"))}" : "use a key with the right role";
    }

    private AuthenticateResult Fail(string why)
    {
        Context.Items[FailureItem] = why;
        Log.AuthenticationFailed(Logger, why);
        return AuthenticateResult.Fail(why);
    }
}

/// <summary>Endpoint metadata naming the roles allowed, for the 403 message.</summary>
internal sealed record RequiredRoles(string[] Roles);

/// <summary>Role requirements on endpoints.</summary>
internal static class RoleEndpointExtensions
{
    public static TBuilder RequireRoles<TBuilder>(this TBuilder builder, params string[] roles)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.RequireAuthorization(policy => policy.AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName).RequireRole(roles));
        builder.WithMetadata(new RequiredRoles(roles));
        return builder;
    }

    /// <summary>The public id of the calling key.</summary>
    public static string KeyId(this ClaimsPrincipal user) => user.FindFirstValue(ApiKeyAuthenticationHandler.KeyIdClaim) ?? "unknown";
}
