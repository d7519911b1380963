using System.Text;
using DoxGuard.Entities;

namespace DoxGuard.Redaction;

/// <summary>Replaces each entity span with <c>[TYPE]</c>.</summary>
public static class Redactor
{
    /// <summary>
    /// Redacts <paramref name="text"/>. Entities must be sorted by start; an entity overlapping an earlier one is
    /// folded into it so that no part of either survives.
    /// </summary>
    public static string Redact(string text, IReadOnlyList<Entity> entities)
    {
        if (entities.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        int cursor = 0;
        foreach (Entity entity in entities)
        {
            int start = Math.Clamp(entity.Start, 0, text.Length);
            int end = Math.Clamp(entity.End, 0, text.Length);
            if (end <= cursor)
            {
                continue;
            }

            if (start >= cursor)
            {
                sb.Append(text, cursor, start - cursor);
                sb.Append('[').Append(entity.Type.ToWireName()).Append(']');
            }

            cursor = end;
        }

        sb.Append(text, cursor, text.Length - cursor);
        return sb.ToString();
    }
}
