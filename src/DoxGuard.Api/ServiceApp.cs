using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using DoxGuard.Analysis;
using DoxGuard.Api.Auth;
using DoxGuard.Api.Console;
using DoxGuard.Api.Endpoints;
using DoxGuard.Api.Hosting;
using DoxGuard.Api.Moderation;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace DoxGuard.Api;

/// <summary>Builds the moderation service: HTTP API, review console, store, limits. A thin adapter over Core.</summary>
public static class ServiceApp
{
    /// <summary>Environment variable holding a PostgreSQL connection string, used when none is configured.</summary>
    public const string PostgresEnvironmentVariable = "DOXGUARD_POSTGRES";

    /// <summary>Builds the service from command-line style arguments and optional settings that override them.</summary>
    /// <param name="args">ASP.NET Core arguments (e.g. <c>--urls</c>, <c>--Service:DataDirectory=...</c>).</param>
    /// <param name="settings">Configuration keys to set last, e.g. <c>Service:DataDirectory</c>.</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null) => Build(args, settings, null);

    /// <summary>As <see cref="Build(string[], IReadOnlyDictionary{string, string?}?)"/>, with service overrides (tests swap the engine).</summary>
    internal static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? overrides)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ServiceApp).Assembly.GetName().Name,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // Per-request framework logs (two lines per request) cost more than a scan; keep them for troubleshooting only.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        ConfigureServices(builder);
        overrides?.Invoke(builder.Services);
        WebApplication app = builder.Build();
        ConfigurePipeline(app);
        return app;
    }

    /// <summary>
    /// Opens the store the service would use: PostgreSQL when a connection string is given (or set in
    /// <see cref="PostgresEnvironmentVariable"/>), else SQLite in <paramref name="dataDirectory"/>; the schema is created.
    /// </summary>
    public static async Task<IModerationStore> OpenStoreAsync(string? dataDirectory, string? postgres, CancellationToken cancellationToken = default)
    {
        postgres = string.IsNullOrWhiteSpace(postgres) ? Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) : postgres;
        IModerationStore store = ModerationStoreFactory.Open(dataDirectory ?? new ServiceOptions().DataDirectory, postgres);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    private static void ConfigureServices(WebApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<ServiceOptions>()
            .BindConfiguration(ServiceOptions.SectionName)
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.Postgres))
                {
                    o.Postgres = Environment.GetEnvironmentVariable(PostgresEnvironmentVariable);
                }
            })
            .Validate(o =>
            {
                o.Validate();
                return true;
            })
            .ValidateOnStart();

        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            long limit = context.Configuration.GetValue<long?>($"{ServiceOptions.SectionName}:{nameof(ServiceOptions.MaxRequestBodyBytes)}") ?? new ServiceOptions().MaxRequestBodyBytes;
            // Kestrel's own cap sits just above ours, so our check answers first, with a ProblemDetails body.
            kestrel.Limits.MaxRequestBodySize = limit + (64 * 1024);
            kestrel.AddServerHeader = false;
        });

        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "send the body as JSON, with the header 'Content-Type: application/json'";
            }
        });
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer((document, _, _) =>
        {
            // Lets /swagger send the key: "Authorize", paste it once.
            document.Info.Title = "DoxGuard moderation API";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["ApiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "An API key from `doxguard keys create` or POST /v1/keys, sent as Authorization: Bearer KEY.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("ApiKey", document)] = [] });
            return Task.CompletedTask;
        }));

        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddRateLimiter(ConfigureRateLimiter);

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            ServiceOptions o = sp.GetRequiredService<IOptions<ServiceOptions>>().Value;
            return ModerationStoreFactory.Open(o.DataDirectory, o.Postgres);
        });
        services.AddSingleton<ApiKeyCache>();
        services.AddSingleton<RegistryService>();
        services.AddSingleton<IRegistryAdmin>(sp => sp.GetRequiredService<RegistryService>());
        services.AddSingleton(sp =>
        {
            RegistryService registry = sp.GetRequiredService<RegistryService>();
            return ScanEngineFactory.CreateDefault(registry: registry.Available ? registry : null);
        });
        services.AddSingleton<ScanService>();
        services.AddHostedService<StoreInitializer>();
    }

    private static void ConfigureRateLimiter(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            if (http.User.Identity?.IsAuthenticated != true)
            {
                // Requests without a valid key are refused by authorization before they cost anything.
                return RateLimitPartition.GetNoLimiter("anonymous");
            }

            int rate = http.RequestServices.GetRequiredService<IOptions<ServiceOptions>>().Value.RateLimitPerSecond;
            return RateLimitPartition.GetTokenBucketLimiter(http.User.KeyId(), _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = rate,
                TokensPerPeriod = rate >= 10 ? rate / 10 : rate,
                ReplenishmentPeriod = rate >= 10 ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromSeconds(1),
                QueueLimit = 0,
                AutoReplenishment = true,
            });
        });
        options.OnRejected = async (context, cancellationToken) =>
        {
            HttpContext http = context.HttpContext;
            ILogger logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("DoxGuard.Api.RateLimit");
            Log.RateLimited(logger, http.User.KeyId());
            int rate = http.RequestServices.GetRequiredService<IOptions<ServiceOptions>>().Value.RateLimitPerSecond;
            http.Response.Headers.RetryAfter = "1";
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = 429,
                    Title = "Too many requests",
                    Detail = string.Create(CultureInfo.InvariantCulture, $"this key may make {rate} requests per second: slow down, or send posts in batches (POST /v1/scan/batch)"),
                },
            });
        };
    }

    private static void ConfigurePipeline(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Kestrel's own limits (body size, malformed requests) keep their status; anything else is a 500.
            StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapOpenApi().AllowAnonymous().DisableRateLimiting();
        app.UseSwaggerUI(o =>
        {
            o.RoutePrefix = "swagger";
            o.SwaggerEndpoint("/openapi/v1.json", "DoxGuard v1");
            o.DocumentTitle = "DoxGuard API";
        });

        ConsoleEndpoints.Map(app);
        AdminEndpoints.Map(app);
        ScanEndpoints.Map(app);
        CaseEndpoints.Map(app);
    }
}

/// <summary>Creates the schema before the first request.</summary>
internal sealed class StoreInitializer(IModerationStore store, ILogger<StoreInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        Log.StoreReady(logger, store.Backend);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
