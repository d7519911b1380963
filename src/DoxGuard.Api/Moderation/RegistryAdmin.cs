namespace DoxGuard.Api.Moderation;

/// <summary>What the admin endpoints can do with the protected-person registry: counts only, never its contents.</summary>
internal interface IRegistryAdmin
{
    /// <summary>False when this build or configuration has no registry.</summary>
    bool Available { get; }

    /// <summary>Records loaded.</summary>
    int Count { get; }

    /// <summary>Imports JSON Lines records; returns how many were added or replaced, or what to fix.</summary>
    Task<(int Imported, string? Error)> ImportAsync(ReadOnlyMemory<byte> jsonLines, CancellationToken cancellationToken);

    /// <summary>Removes a record; false when there was none with this id.</summary>
    Task<bool> RemoveAsync(string recordId, CancellationToken cancellationToken);
}

/// <summary>The registry when none is available: endpoints answer 503 with a message saying so.</summary>
internal sealed class UnavailableRegistry : IRegistryAdmin
{
    public bool Available => false;

    public int Count => 0;

    public Task<(int Imported, string? Error)> ImportAsync(ReadOnlyMemory<byte> jsonLines, CancellationToken cancellationToken) =>
        Task.FromResult((0, (string?)"the protected-person registry is not available in this build"));

    public Task<bool> RemoveAsync(string recordId, CancellationToken cancellationToken) => Task.FromResult(false);
}
