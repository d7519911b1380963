using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using DoxGuard.Registry;

namespace DoxGuard.Analysis;

/// <summary>Builds the engine with the built-in recognizers, classifier and policy: what every front end uses.</summary>
public static class ScanEngineFactory
{
    /// <summary>Creates the default engine.</summary>
    public static ScanEngine CreateDefault(ScanEngineOptions? options = null, IProtectedPersonMatcher? registry = null) =>
        new(options ?? new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), new NoHarmClassifier(), new BaselinePolicy(), registry);
}
