using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Registry;
using Microsoft.Extensions.Options;

namespace DoxGuard.Api.Moderation;

/// <summary>What the admin endpoints can do with the protected-person registry: counts only, never its contents.</summary>
internal interface IRegistryAdmin
{
    /// <summary>False when no registry key is configured.</summary>
    bool Available { get; }

    /// <summary>Why the registry is unavailable, naming the setting to fix.</summary>
    string? UnavailableReason { get; }

    /// <summary>Records held.</summary>
    long Count { get; }

    /// <summary>Imports JSON Lines records; bad lines are reported by number and skipped.</summary>
    /// <exception cref="RegistryKeyException">The registry was built under another key.</exception>
    Task<ImportReport> ImportAsync(ReadOnlyMemory<byte> jsonLines, CancellationToken cancellationToken);

    /// <summary>Removes a record; false when there was none with this id.</summary>
    Task<bool> RemoveAsync(string recordId, CancellationToken cancellationToken);
}

/// <summary>
/// The registry behind the service: Core's <see cref="ProtectedRegistry"/> file in the data directory, and the
/// in-memory matcher the engine uses, swapped atomically after every change so scans never wait for an import.
/// </summary>
internal sealed class RegistryService : IRegistryAdmin, IProtectedPersonMatcher, IDisposable
{
    /// <summary>The registry file's name inside the data directory.</summary>
    public const string FileName = "registry.db";

    private readonly string _path;
    private readonly RegistryKey? _key;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private volatile IProtectedPersonMatcher? _matcher;
    private long _count;

    public RegistryService(IOptions<ServiceOptions> options)
    {
        ServiceOptions o = options.Value;
        _path = Path.GetFullPath(o.RegistryPath ?? Path.Combine(o.DataDirectory, FileName));
        try
        {
            _key = RegistryKey.Resolve(o.RegistryKeyFile);
        }
        catch (RegistryKeyException ex)
        {
            UnavailableReason = "the protected-person registry is not configured: " + ex.Message;
            return;
        }

        if (File.Exists(_path))
        {
            Reload();
        }
    }

    public bool Available => _key is not null;

    public string? UnavailableReason { get; }

    public long Count => Interlocked.Read(ref _count);

    public IReadOnlyList<Entity> Annotate(AnalysisContext context, IReadOnlyList<Entity> entities) =>
        _matcher is { } matcher ? matcher.Annotate(context, entities) : entities;

    public async Task<ImportReport> ImportAsync(ReadOnlyMemory<byte> jsonLines, CancellationToken cancellationToken)
    {
        RegistryKey key = _key ?? throw new InvalidOperationException(UnavailableReason);
        await _writer.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var reader = new StreamReader(new MemoryStream(jsonLines.ToArray(), writable: false));
            ImportReport report = ProtectedRegistry.Import(_path, key, reader);
            Reload();
            return report;
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<bool> RemoveAsync(string recordId, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            if (!File.Exists(_path) || !ProtectedRegistry.Remove(_path, recordId))
            {
                return false;
            }

            Reload();
            return true;
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();

    private void Reload()
    {
        _matcher = ProtectedRegistry.Open(_path, _key!);
        Interlocked.Exchange(ref _count, ProtectedRegistry.Count(_path));
    }
}
