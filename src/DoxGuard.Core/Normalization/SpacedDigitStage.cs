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

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
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
            int cursor = i;
            while (true)
            {
                int g = cursor + 1;
                int gEnd = g;
                while (gEnd < text.Length && gEnd - g < MaxGap && IsGapChar(text[gEnd]))
                {
                    gEnd++;
                }

                bool digit = IsSingleDigitAt(text, gEnd);
                if (gEnd == g || !(digit || IsSingleLookalikeAt(text, gEnd)))
                {
                    break;
                }

                if (gapLength < 0)
                {
                    gapLength = gEnd - g;
                    gapStart = g;
                }
                else if (!SameGap(text.AsSpan(g, gEnd - g), text.AsSpan(gapStart, gapLength)))
                {
                    break;
                }

                cursor = gEnd;
                if (digit)
                {
                    last = gEnd;
                    count++;
                }
            }

            bool dotted = gapLength > 0 && text.AsSpan(gapStart, gapLength).Contains('.');
            if (count >= (dotted ? MinDottedRun : MinRun) && !UrlGuard.IsInsideUrl(text, first))
            {
                // Every gap of the run lies between two of its digits: delete each one.
                for (int k = first + 1; k < last; k++)
                {
                    if (IsGapChar(text[k]))
                    {
                        int gEnd = k;
                        while (IsGapChar(text[gEnd]))
                        {
                            gEnd++;
                        }

                        TextEdit.Add(ref edits, k, gEnd, string.Empty);
                        k = gEnd;
                    }
                }
            }

            i = last + 1;
        }
    }

    /// <summary>
    /// One separator repeated ("1.5 2.5" mixes two and is a list of decimals), except that a space-separated run may
    /// mark its groups with " - " as phone numbers are written: "7 7 3 - 5 5 5".
    /// </summary>
    private static bool SameGap(ReadOnlySpan<char> gap, ReadOnlySpan<char> first) =>
        gap.SequenceEqual(first) || (first is " " && gap is " - ") || (first is " - " && gap is " ");

    /// <summary>An O or l standing for a digit inside a run ("7 7 3 O 1"); the look-alike stage reads it afterwards.</summary>
    private static bool IsSingleLookalikeAt(string text, int i) =>
        i + 1 < text.Length
        && text[i] is 'O' or 'o' or 'l' or 'I' or '|'
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        && !char.IsLetterOrDigit(text[i + 1]);

    private static bool IsGapChar(char c) => c is ' ' or '.' or '-' or '_' or '*';

    private static bool IsSingleDigitAt(string text, int i) =>
        i < text.Length
        && char.IsAsciiDigit(text[i])
        && (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
        && (i + 1 == text.Length || !char.IsLetterOrDigit(text[i + 1]));
}
