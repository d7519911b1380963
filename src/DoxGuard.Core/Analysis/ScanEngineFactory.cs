using DoxGuard.Harms;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using DoxGuard.Registry;

namespace DoxGuard.Analysis;

/// <summary>Builds the engine with the built-in recognizers, classifier and policy: what every front end uses.</summary>
public static class ScanEngineFactory
{
    /// <summary>
    /// Creates the default engine: the trained harm model embedded in Core and the policy from <c>config/policy.json</c>
    /// (or <c>DOXGUARD_POLICY</c>, or the embedded copy). A bad policy file throws
    /// <see cref="PolicyConfigurationException"/> naming the bad setting.
    /// </summary>
    public static ScanEngine CreateDefault(ScanEngineOptions? options = null, IProtectedPersonMatcher? registry = null) =>
        new(options ?? new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), CreateClassifier(), CreatePolicy(), registry);

    /// <summary>The shipped harm classifier; scores nothing only in a build that has no trained model.</summary>
    public static IHarmClassifier CreateClassifier()
    {
        LinearHarmModel? model = LinearHarmModel.LoadEmbedded();
        return model is null ? new NoHarmClassifier() : new LinearHarmClassifier(model);
    }

    /// <summary>The configured moderation policy, loaded from <paramref name="path"/> or the usual places.</summary>
    public static IModerationPolicy CreatePolicy(string? path = null) => new ConfiguredPolicy(ModerationPolicyLoader.Load(path));
}
