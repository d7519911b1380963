using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

/// <summary>
/// A matching post's cost in the engine followed its allocations (docs/registry.md, Scale, entry of 2026-11-29 06:30-07:40): the
/// matcher must allocate little beyond the entities it returns, however often the post names the registered details.
/// The bounds are ~1.4 times what it allocates now (696-1,224 B); the code before that work allocated 3,704-4,928 B.
/// </summary>
public sealed class MatcherAllocationTests : IDisposable
{
    private readonly RegistryTestKit _kit = new();

    public MatcherAllocationTests() => _kit.Import(RegistryTestKit.Daniel, RegistryTestKit.Laura, RegistryTestKit.Priya);

    [Theory]
    [InlineData("Daniel Kwiatkowski lives here, ask Marta Kwiatkowski or Daniel Kwiatkowski himself", 3, 1600)]
    [InlineData("Daniel Kwiatkowski, 773-555-0143, plate DV43317, dkwiat.home@example.com, 6120 S Kilbourn Ave", 5, 1700)]
    [InlineData("Laura Benítez and Priya Raman, 217 555 0199 or +44 20 7946 0958", 4, 1000)]
    public void Annotate_MatchingPostAgain_AllocatesLittleBeyondItsResult(string text, int protectedEntities, int maxBytes)
    {
        using var matcher = (ProtectedPersonMatcher)ProtectedRegistry.Open(_kit.Path, RegistryTestKit.Key);
        ScanEngine plain = ScanEngineFactory.CreateDefault();
        NormalizedText normalized = TextNormalizer.Normalize(text);
        var context = new AnalysisContext(normalized, LanguageDetector.Resolve(null, normalized.Text));
        IReadOnlyList<Entity> entities = plain.FindEntities(text);
        IReadOnlyList<Entity> first = matcher.Annotate(context, entities); // warms the per-thread lists and tables

        long before = GC.GetAllocatedBytesForCurrentThread();
        IReadOnlyList<Entity> again = matcher.Annotate(context, entities);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(protectedEntities, again.Count(e => e.ProtectedRecordId is not null));
        Assert.Equal(first, again);
        Assert.InRange(allocated, 1, maxBytes);
    }

    public void Dispose() => _kit.Dispose();
}
