using DoxGuard.Entities;

namespace DoxGuard.Analysis;

/// <summary>
/// Resolves overlapping entities: spans of one type that overlap are joined; across types the stronger span
/// (higher score, then longer) wins, so every character belongs to at most one entity.
/// </summary>
internal static class EntityMerger
{
    public static List<Entity> Merge(List<Entity> entities)
    {
        if (entities.Count <= 1)
        {
            return entities;
        }

        entities.Sort(static (a, b) => a.Type != b.Type ? a.Type.CompareTo(b.Type) : a.Start.CompareTo(b.Start));
        var joined = new List<Entity>(entities.Count);
        foreach (Entity entity in entities)
        {
            if (joined.Count > 0 && joined[^1].Type == entity.Type && joined[^1].Overlaps(entity))
            {
                Entity last = joined[^1];
                Entity stronger = entity.Score > last.Score ? entity : last;
                joined[^1] = stronger with
                {
                    Start = Math.Min(last.Start, entity.Start),
                    End = Math.Max(last.End, entity.End),
                    Normalized = stronger.Length >= Math.Max(last.Length, entity.Length) ? stronger.Normalized : (last.Length >= entity.Length ? last.Normalized : entity.Normalized),
                    ProtectedRecordId = last.ProtectedRecordId ?? entity.ProtectedRecordId,
                };
            }
            else
            {
                joined.Add(entity);
            }
        }

        joined.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : b.Length.CompareTo(a.Length);
        });

        var kept = new List<Entity>(joined.Count);
        foreach (Entity candidate in joined)
        {
            bool clash = false;
            foreach (Entity k in kept)
            {
                if (k.Overlaps(candidate))
                {
                    clash = true;
                    break;
                }
            }

            if (!clash)
            {
                kept.Add(candidate);
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
