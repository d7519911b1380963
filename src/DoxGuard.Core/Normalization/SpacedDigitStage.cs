namespace DoxGuard.Normalization;

/// <summary>
/// Joins runs of single digits split by one repeated separator: "7 7 3 5", "7.7.3.5.5", "7-7-3-5". Grouped
/// formats ("773 555 0143", "192.168.1.20", "12.5", dates) have multi-digit groups and are never touched; a
/// dotted run needs five digits so that IPv4 addresses such as "8.8.8.8" survive.
/// </summary>
internal static class SpacedDigitStage
{
    private const int MaxGap = 3;
    private const int MinRun = 4;
    private const int MinDottedRun = 5;

    public static void Run(string text, ref List<TextEdit>? edits)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsSingleDigitAt(text, i))
            {
                i++;
                continue;
            }

            int first = i;
            int last = i;
            int count = 1;
            int gapLength = -1;
            int gapStart = -1;
            while (true)
            {
                int g = last + 1;
                int gEnd = g;
                while (gEnd < text.Length && gEnd - g < MaxGap && IsGapChar(text[gEnd]))
                {
                    gEnd++;
                }

                if (gEnd == g || !IsSingleDigitAt(text, gEnd))
                {
                    break;
                }

                // One separator, repeated: "1.5 2.5" mixes two and is a list of decimals, not a run.
                if (gapLength < 0)
                {
                    gapLength = gEnd - g;
                    gapStart = g;
                }
                else if (gEnd - g != gapLength || !text.AsSpan(g, gapLength).SequenceEqual(text.AsSpan(gapStart, gapLength)))
                {
                    break;
                }

                last = gEnd;
                count++;
            }

            bool dotted = gapLength > 0 && text.AsSpan(gapStart, gapLength).Contains('.');
            if (count >= (dotted ? MinDottedRun : MinRun))
            {
                for (int k = first; k < last; k += gapLength + 1)
                {
                    TextEdit.Add(ref edits, k + 1, k + 1 + gapLength, string.Empty);
                }
            }

            i = last + 1;
        }
    }

    private static bool IsGapChar(char c) => c is ' ' or '.' or '-' or '_' or '*';

    private static bool IsSingleDigitAt(string text, int i) =>
        i < text.Length
        && char.IsAsciiDigit(text[i])
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
