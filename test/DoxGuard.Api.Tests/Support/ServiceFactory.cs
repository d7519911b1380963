using System.Collections.Concurrent;
using System.Net.Http.Headers;
using DoxGuard.Analysis;
using DoxGuard.Api;
using DoxGuard.Api.Auth;
using DoxGuard.Api.Moderation;
using DoxGuard.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DoxGuard.Tests.Support;

/// <summary>The service in memory (WebApplicationFactory) on a real backend, with the test engine and a log recorder.</summary>
internal class ServiceFactory(TestDatabase database, IReadOnlyDictionary<string, string?>? extra = null) : WebApplicationFactory<Program>
{
    public TestDatabase Database => database;

    /// <summary>False to run Core's default engine, as <c>doxguard serve</c> does.</summary>
    protected virtual bool UseTestEngine => true;

    public LogRecorder Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach ((string key, string? value) in database.Settings())
        {
            builder.UseSetting(key, value);
        }

        foreach ((string key, string? value) in extra ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        if (!UseTestEngine)
        {
            return;
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ScanEngine>(sp =>
        {
            RegistryService registry = sp.GetRequiredService<RegistryService>();
            return TestEngine.Create(registry.Available ? registry : null);
        }));
    }

    /// <summary>A client carrying a new key with <paramref name="role"/>.</summary>
    public async Task<HttpClient> ClientAsync(string role)
    {
        HttpClient client = CreateClient();
        string key = await KeyAsync(role);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task<string> KeyAsync(string role)
    {
        _ = Server; // starts the host, which creates the schema
        IModerationStore store = Services.GetRequiredService<IModerationStore>();
        (_, string secret) = await ApiKeys.CreateAsync(store, role, "test");
        return secret;
    }
}

/// <summary>The service with Core's default engine (what production runs).</summary>
internal sealed class DefaultEngineFactory(TestDatabase database) : ServiceFactory(database)
{
    protected override bool UseTestEngine => false;
}

/// <summary>Keeps every formatted log line, to check that no post text or personal detail is ever logged.</summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Recorder(LogRecorder owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
