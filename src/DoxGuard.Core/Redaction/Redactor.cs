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

        // Two passes over the entities, measuring then writing, build the result in one exact-size string: every
        // redacted post would otherwise pay a builder and its buffer on top of the string.
        int length = Walk(text, entities, default);
        return string.Create(length, (text, entities), static (span, state) => Walk(state.text, state.entities, span));
    }

    /// <summary>Writes the redacted text into <paramref name="into"/> when it is not empty; returns its length.</summary>
    private static int Walk(string text, IReadOnlyList<Entity> entities, Span<char> into)
    {
        bool write = !into.IsEmpty;
        int length = 0;
        int cursor = 0;
        for (int i = 0; i < entities.Count; i++)
        {
            Entity entity = entities[i];
            int start = Math.Clamp(entity.Start, 0, text.Length);
            int end = Math.Clamp(entity.End, 0, text.Length);
            if (end <= cursor)
            {
                continue;
            }

            if (start >= cursor)
            {
                length += Append(text.AsSpan(cursor, start - cursor), into, length, write);
                length += Append("[", into, length, write);
                length += Append(entity.Type.ToWireName(), into, length, write);
                length += Append("]", into, length, write);
            }

            cursor = end;
        }

        return length + Append(text.AsSpan(cursor), into, length, write);
    }

    private static int Append(ReadOnlySpan<char> part, Span<char> into, int at, bool write)
    {
        if (write)
        {
            part.CopyTo(into[at..]);
        }

        return part.Length;
    }
}
