namespace DoxGuard.Recognizers.Support;

/// <summary>A maximal run of ASCII digits, text[Start..End).</summary>
internal readonly record struct DigitGroup(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>
/// Splits text into runs of digit groups joined by short separators ("773-555-0143" is one run of three groups).
/// Every character is visited a bounded number of times, so recognizers built on it stay linear.
/// </summary>
internal static class DigitRuns
{
    [ThreadStatic]
    private static List<DigitGroup>? t_groups;

    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>
    /// An empty group list owned by this thread, so that the digit recognizers (which run one after the other on a
    /// post, each to completion) do not allocate one per post. Valid until the next call on this thread.
    /// </summary>
    public static List<DigitGroup> ThreadGroups()
    {
        List<DigitGroup> groups = t_groups ??= new List<DigitGroup>(8);
        groups.Clear();
        return groups;
    }

    /// <summary>
    /// Collects the groups of the run whose first digit is at <paramref name="start"/> into
    /// <paramref name="groups"/>; two groups belong together when the gap between them is 1..<paramref name="maxGap"/>
    /// characters long and accepted by <paramref name="gapOk"/>. Returns the end of the last group.
    /// </summary>
    public static int Collect(string text, int start, List<DigitGroup> groups, int maxGap, Func<string, int, int, bool> gapOk)
    {
        groups.Clear();
        int i = start;
        while (true)
        {
            int groupStart = i;
            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            groups.Add(new DigitGroup(groupStart, i));
            int gapEnd = i;
            while (gapEnd < text.Length && gapEnd - i < maxGap && !IsDigit(text[gapEnd]) && !char.IsLetter(text[gapEnd]))
            {
                gapEnd++;
            }

            if (gapEnd == i || gapEnd >= text.Length || !IsDigit(text[gapEnd]) || !gapOk(text, i, gapEnd))
            {
                return i;
            }

            i = gapEnd;
        }
    }

    /// <summary>Copies the digits of groups[<paramref name="first"/>..<paramref name="last"/>] into <paramref name="buffer"/>.</summary>
    public static int CopyDigits(string text, List<DigitGroup> groups, int first, int last, Span<char> buffer)
    {
        int n = 0;
        for (int g = first; g <= last; g++)
        {
            ReadOnlySpan<char> digits = text.AsSpan(groups[g].Start, groups[g].Length);
            if (n + digits.Length > buffer.Length)
            {
                return -1;
            }

            digits.CopyTo(buffer[n..]);
            n += digits.Length;
        }

        return n;
    }

    /// <summary>True when the gap text[from..to) contains a space, i.e. the groups on either side may be separate values.</summary>
    public static bool GapHasSpace(string text, int from, int to) => text.AsSpan(from, to - from).IndexOf(' ') >= 0;
}
