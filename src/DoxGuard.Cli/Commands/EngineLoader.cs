using DoxGuard.Analysis;

namespace DoxGuard.Cli.Commands;

/// <summary>Builds the engine the commands share from their options.</summary>
internal static class EngineLoader
{
    public static ScanEngine Create(ScanEngineOptions options, string? registryPath)
    {
        if (registryPath is not null)
        {
            throw new EngineSetupException("--registry: the protected-person registry is not available in this build");
        }

        return ScanEngineFactory.CreateDefault(options);
    }
}

/// <summary>The engine could not be set up from the given options (bad registry, key or policy).</summary>
internal sealed class EngineSetupException(string message) : Exception(message);
