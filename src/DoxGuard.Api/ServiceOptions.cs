namespace DoxGuard.Api;

/// <summary>Settings of the moderation service, bound from the <c>Service</c> configuration section.</summary>
public sealed class ServiceOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Service";

    /// <summary>Where the embedded SQLite database lives.</summary>
    /// <value>The default value is <c>.data</c> under the working directory.</value>
    public string DataDirectory { get; set; } = ".data";

    /// <summary>PostgreSQL connection string; when set, it is used instead of SQLite.</summary>
    /// <value>The default value is null (SQLite).</value>
    public string? Postgres { get; set; }

    /// <summary>The protected-person registry file (Core's SQLite registry; it stays a file even on PostgreSQL).</summary>
    /// <value>The default value is null: <c>registry.db</c> in <see cref="DataDirectory"/>.</value>
    public string? RegistryPath { get; set; }

    /// <summary>A file holding the registry key; when null the key comes from DOXGUARD_REGISTRY_KEY or DOXGUARD_REGISTRY_KEY_FILE.</summary>
    /// <value>The default value is null.</value>
    public string? RegistryKeyFile { get; set; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    /// <value>The default value is 16 MiB (a full batch of long posts).</value>
    public long MaxRequestBodyBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Largest post text, in UTF-8 bytes.</summary>
    /// <value>The default value is 65,536.</value>
    public int MaxTextBytes { get; set; } = 64 * 1024;

    /// <summary>Most posts in one batch request.</summary>
    /// <value>The default value is 1,000.</value>
    public int MaxBatchSize { get; set; } = 1000;

    /// <summary>Requests per second allowed to one API key (token bucket; a full second's worth may come at once).</summary>
    /// <value>The default value is 2,000.</value>
    public int RateLimitPerSecond { get; set; } = 2000;

    /// <summary>Member states where a removal applies, for the statements of reasons (ISO 3166-1 alpha-2).</summary>
    /// <value>The default value is the European Economic Area.</value>
    public IList<string> TerritorialScope { get; } = [];

    /// <summary>The EEA member states.</summary>
    public static IReadOnlyList<string> EuropeanEconomicArea { get; } =
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS", "IT", "LI",
        "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
    ];

    /// <summary>Fails fast with a message naming the bad setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Postgres) && string.IsNullOrWhiteSpace(DataDirectory))
        {
            throw new InvalidOperationException("Service:DataDirectory must be set when Service:Postgres is not");
        }

        if (MaxRequestBodyBytes < 1024)
        {
            throw new InvalidOperationException("Service:MaxRequestBodyBytes must be at least 1024");
        }

        if (MaxTextBytes is < 1 or > 16 * 1024 * 1024)
        {
            throw new InvalidOperationException("Service:MaxTextBytes must be between 1 and 16777216");
        }

        if (MaxBatchSize is < 1 or > 100_000)
        {
            throw new InvalidOperationException("Service:MaxBatchSize must be between 1 and 100000");
        }

        if (RateLimitPerSecond < 1)
        {
            throw new InvalidOperationException("Service:RateLimitPerSecond must be at least 1");
        }
    }
}
