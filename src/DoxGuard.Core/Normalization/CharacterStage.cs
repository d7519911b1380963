namespace DoxGuard.Normalization;

/// <summary>
/// Character-level clean-up: invisible characters removed, odd spacing to a plain space, NFKC folding of each code
/// point with its combining marks (so "ｆｕｌｌ" and "𝟳" fold while "á" and "ñ" stay as they are).
/// </summary>
internal static class CharacterStage
{
    private const string Space = " ";

    /// <summary>Records the edits; returns true when the text holds any non-ASCII character.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static bool Run(string text, ref List<TextEdit>? edits)
    {
        bool nonAscii = false;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c < 0x80)
            {
                if (c < 0x20 && c != '\n' && c != '\r')
                {
                    // Tabs and other layout controls become spaces; the remaining C0 controls are invisible noise.
                    TextEdit.Add(ref edits, i, i + 1, c is '\t' or '\v' or '\f' ? Space : string.Empty);
                    i++;
                    continue;
                }

                if (i + 1 < text.Length && text[i + 1] >= 0x0300 && UnicodeFolding.IsCombiningMark(text[i + 1]))
                {
                    i = FoldSegment(text, i, 1, ref edits);
                    continue;
                }

                i++;
                continue;
            }

            nonAscii = true;
            if (IsInvisible(c))
            {
                TextEdit.Add(ref edits, i, i + 1, string.Empty);
                i++;
                continue;
            }

            if (IsOddSpace(c))
            {
                TextEdit.Add(ref edits, i, i + 1, Space);
                i++;
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                int codePoint = char.ConvertToUtf32(c, text[i + 1]);
                if (IsInvisibleSupplementary(codePoint))
                {
                    TextEdit.Add(ref edits, i, i + 2, string.Empty);
                    i += 2;
                    continue;
                }

                i = FoldSegment(text, i, 2, ref edits);
                continue;
            }

            i = FoldSegment(text, i, 1, ref edits);
        }

        return nonAscii;
    }

    /// <summary>Folds the code point at <paramref name="start"/> with its following combining marks; returns the next index.</summary>
    private static int FoldSegment(string text, int start, int length, ref List<TextEdit>? edits)
    {
        int end = start + length;
        while (end < text.Length && UnicodeFolding.IsCombiningMark(text[end]))
        {
            end++;
        }

        int codePoint = length == 2 ? char.ConvertToUtf32(text[start], text[start + 1]) : text[start];
        string? folded = UnicodeFolding.Fold(codePoint);
        if (folded is null && end == start + length)
        {
            return end;
        }

        // Bounded by the number of marks, which a hostile post could make long; cap the composed run.
        Span<char> buffer = stackalloc char[64];
        int n = 0;
        ReadOnlySpan<char> head = folded ?? text.AsSpan(start, length);
        foreach (char h in head)
        {
            if (n < buffer.Length)
            {
                buffer[n++] = h;
            }
        }

        for (int m = start + length; m < end; m++)
        {
            char mark = text[m];
            string? markFolded = UnicodeFolding.Fold(mark);
            if (markFolded is null && n > 0 && UnicodeFolding.TryCompose(buffer[n - 1], mark, out char composed))
            {
                buffer[n - 1] = composed;
                continue;
            }

            foreach (char f in markFolded ?? text.AsSpan(m, 1))
            {
                if (n < buffer.Length)
                {
                    buffer[n++] = f;
                }
            }
        }

        ReadOnlySpan<char> result = buffer[..n];
        if (end - start <= buffer.Length && !result.SequenceEqual(text.AsSpan(start, end - start)))
        {
            TextEdit.Add(ref edits, start, end, result.ToString());
        }

        return end;
    }

    /// <summary>Zero-width, formatting and filler characters used to split words invisibly.</summary>
    internal static bool IsInvisible(char c) => c switch
    {
        '\u00AD' or '\u034F' or '\u061C' or '\u115F' or '\u1160' or '\u17B4' or '\u17B5' => true,
        >= '\u180B' and <= '\u180F' => true,
        >= '\u200B' and <= '\u200F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2060' and <= '\u206F' => true,
        '\u3164' or '\uFEFF' or '\uFFA0' => true,
        >= '\uFE00' and <= '\uFE0F' => true,
        >= '\uFFF0' and <= '\uFFF8' => true,
        _ => false,
    };

    /// <summary>Tag characters and variation selectors outside the BMP: invisible, used to smuggle text.</summary>
    private static bool IsInvisibleSupplementary(int codePoint) =>
        codePoint is (>= 0xE0000 and <= 0xE007F) or (>= 0xE0100 and <= 0xE01EF) or (>= 0x1D173 and <= 0x1D17A);

    /// <summary>Space characters other than U+0020.</summary>
    internal static bool IsOddSpace(char c) => c switch
    {
        '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };
}
