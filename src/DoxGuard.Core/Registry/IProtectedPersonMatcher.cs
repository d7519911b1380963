using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Registry;

/// <summary>
/// Matches the personal information found in a post against the protected-person registry.
/// </summary>
public interface IProtectedPersonMatcher
{
    /// <summary>
    /// Returns the post's entities with <see cref="Entity.ProtectedRecordId"/> set on those that match a record,
    /// plus any protected detail found that the recognizers missed. Must be thread-safe.
    /// </summary>
    IReadOnlyList<Entity> Annotate(AnalysisContext context, IReadOnlyList<Entity> entities);
}
