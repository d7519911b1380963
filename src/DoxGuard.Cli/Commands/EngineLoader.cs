using DoxGuard.Analysis;
using DoxGuard.Registry;

namespace DoxGuard.Cli.Commands;

/// <summary>Builds the engine the commands share from their options.</summary>
internal static class EngineLoader
{
    public static ScanEngine Create(ScanEngineOptions options, string? registryPath)
    {
        if (registryPath is null)
        {
            return ScanEngineFactory.CreateDefault(options);
        }

        try
        {
            return ScanEngineFactory.CreateDefault(options, ProtectedRegistry.Open(registryPath, RegistryKey.Resolve()));
        }
        catch (Exception ex) when (ex is RegistryKeyException or FileNotFoundException or Microsoft.Data.Sqlite.SqliteException)
        {
            throw new EngineSetupException($"--registry: {ex.Message}");
        }
    }
}

/// <summary>The engine could not be set up from the given options (bad registry, key or policy).</summary>
internal sealed class EngineSetupException(string message) : Exception(message);
