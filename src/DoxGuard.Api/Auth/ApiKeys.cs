using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using DoxGuard.Storage;

namespace DoxGuard.Api.Auth;

/// <summary>Makes API keys and the hashes they are stored under.</summary>
public static class ApiKeys
{
    private const string Prefix = "dg_";

    /// <summary>A new random key: 256 bits, URL-safe, prefixed so that leaked keys are easy to scan for.</summary>
    public static string Generate() => Prefix + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// The stored form of a key. A plain SHA-256 is enough here (unlike passwords): the keys are 256 random bits, so
    /// there is nothing to guess, and the lookup stays cheap on every request.
    /// </summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates a key with <paramref name="role"/> in the store and returns the secret (shown once, never stored).</summary>
    public static async Task<(ApiKeyRecord Record, string Secret)> CreateAsync(IModerationStore store, string role, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        string secret = Generate();
        ApiKeyRecord record = await store.CreateApiKeyAsync(role, Hash(secret), actor, cancellationToken);
        return (record, secret);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>
/// Remembers recently seen valid keys for a few seconds so a scan does not cost a database round trip. Unknown keys are
/// never cached (a key made by <c>doxguard keys create</c> works at once); revocations through the API clear it.
/// </summary>
internal sealed class ApiKeyCache(IModerationStore store, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (ApiKeyRecord Record, DateTimeOffset Until)> _valid = new(StringComparer.Ordinal);

    public async ValueTask<ApiKeyRecord?> FindAsync(string key, CancellationToken cancellationToken)
    {
        string hash = ApiKeys.Hash(key);
        DateTimeOffset now = time.GetUtcNow();
        if (_valid.TryGetValue(hash, out var hit) && hit.Until > now)
        {
            return hit.Record;
        }

        ApiKeyRecord? record = await store.FindApiKeyAsync(hash, cancellationToken);
        if (record is null)
        {
            _valid.TryRemove(hash, out _);
            return null;
        }

        _valid[hash] = (record, now + Lifetime);
        return record;
    }

    public void Clear() => _valid.Clear();
}
