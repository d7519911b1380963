using DoxGuard.Entities;

namespace DoxGuard.Analysis;

/// <summary>
/// Resolves overlapping entities: spans of one type that overlap are joined; across types the stronger span
/// (higher score, then longer) wins, so every character belongs to at most one entity.
/// </summary>
internal static class EntityMerger
{
    private const double ContainerMinScore = 0.6;

    // The same-type join is only read inside Merge, so one list per thread serves every post; the result is new.
    [ThreadStatic]
    private static List<Entity>? t_joined;

    private static bool Contains(Entity outer, Entity inner) =>
        outer.Start <= inner.Start && inner.End <= outer.End && outer.Length > inner.Length;

    private static bool OverlapsAnyOther(List<Entity> kept, int except, Entity candidate)
    {
        for (int i = 0; i < kept.Count; i++)
        {
            if (i != except && kept[i].Overlaps(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops URLs that contain a handle; a loop, because lambdas over the list allocate on every post.</summary>
    private static void RemoveProfileLinks(List<Entity> joined)
    {
        for (int i = joined.Count - 1; i >= 0; i--)
        {
            if (joined[i].Type != EntityType.Url)
            {
                continue;
            }

            for (int j = 0; j < joined.Count; j++)
            {
                if (joined[j].Type == EntityType.SocialHandle && Contains(joined[i], joined[j]))
                {
                    joined.RemoveAt(i);
                    break;
                }
            }
        }
    }

    public static List<Entity> Merge(List<Entity> entities)
    {
        if (entities.Count <= 1)
        {
            return entities;
        }

        // Compared as integers: Enum.CompareTo(object) boxes its argument on every comparison.
        entities.Sort(static (a, b) => a.Type != b.Type ? ((int)a.Type).CompareTo((int)b.Type) : a.Start.CompareTo(b.Start));
        List<Entity> joined = t_joined ??= [];
        joined.Clear();
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

        // A confident span that contains another ("Lincoln" inside "42 Lincoln Ave") is the better reading of the
        // text, so containers go first; otherwise the higher score, then the longer span, wins. The exception is a
        // profile link ("t.me/name"): the handle inside it names the person, which is what a reviewer needs.
        RemoveProfileLinks(joined);
        joined.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : b.Length.CompareTo(a.Length);
        });

        var kept = new List<Entity>(joined.Count);
        foreach (Entity candidate in joined)
        {
            int clash = -1;
            for (int i = 0; i < kept.Count; i++)
            {
                if (kept[i].Overlaps(candidate))
                {
                    clash = i;
                    break;
                }
            }

            if (clash < 0)
            {
                kept.Add(candidate);
            }
            else if (Contains(candidate, kept[clash]) && candidate.Score >= ContainerMinScore && !OverlapsAnyOther(kept, clash, candidate))
            {
                kept[clash] = candidate;
            }
        }

        kept.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        joined.Clear(); // no entity of this post is kept alive by the scratch list
        return kept;
    }
}
