using System.Text;

namespace DoxGuard.Recognizers.Support;

/// <summary>
/// One reusable <see cref="StringBuilder"/> per thread for the canonical strings the recognizers build (street
/// names, plates, address lines). A builder per attempt was half of what the address recognizer allocated: its
/// object and its buffer, on every parse attempt, where only the finished string is needed.
/// </summary>
/// <remarks>
/// <see cref="Acquire"/> takes the builder out of the slot, so a nested use (a canonical string built while another
/// is open) gets a new builder instead of sharing one; a builder never released is simply not reused.
/// </remarks>
internal static class ScratchBuilder
{
    // Larger builders are dropped rather than kept for the life of the thread.
    private const int MaxKeptCapacity = 256;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>An empty builder, the thread's own when it is free.</summary>
    public static StringBuilder Acquire()
    {
        StringBuilder? sb = t_cached;
        if (sb is null)
        {
            return new StringBuilder(64);
        }

        t_cached = null;
        sb.Clear();
        return sb;
    }

    /// <summary>The builder's text; the builder goes back to the thread's slot and must not be used again.</summary>
    public static string ToStringAndRelease(StringBuilder sb)
    {
        string result = sb.ToString();
        Release(sb);
        return result;
    }

    /// <summary>Gives the builder back without reading it.</summary>
    public static void Release(StringBuilder sb)
    {
        if (sb.Capacity <= MaxKeptCapacity)
        {
            t_cached = sb;
        }
    }
}
