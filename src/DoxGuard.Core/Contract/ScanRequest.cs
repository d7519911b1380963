namespace DoxGuard.Contract;

/// <summary>One post to scan (contract.md, "Input").</summary>
/// <param name="Id">The caller's id for the post.</param>
/// <param name="Text">The post's text.</param>
public sealed record ScanRequest(string Id, string Text)
{
    /// <summary>Two-letter language code; detected when null.</summary>
    public string? Lang { get; init; }

    /// <summary>Opaque author id (never used to identify the poster).</summary>
    public string? Author { get; init; }

    /// <summary>Opaque thread id.</summary>
    public string? Thread { get; init; }

    /// <summary>When the post was made, as given.</summary>
    public string? CreatedAt { get; init; }
}
