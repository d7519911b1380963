namespace DoxGuard.Normalization;

/// <summary>
/// Reads O/o as 0 and l/I/| as 1 inside digit runs ("773-555-O143", "4l5"). A run qualifies only when it stands
/// apart from letters and holds at least two real digits, more than look-alikes, so "OIL" or "lol" never change.
/// </summary>
internal static class LookalikeDigitStage
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Run(string text, ref List<TextEdit>? edits)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsRunChar(text[i]))
            {
                i++;
                continue;
            }

            // A leading capital I before digits is a highway ("I77", "I5"), not a one.
            if (text[i] == 'I' && (i == 0 || text[i - 1] is not ('-' or '.')))
            {
                i++;
                if (i >= text.Length || !IsRunChar(text[i]))
                {
                    continue;
                }
            }

            int start = i;
            int digits = 0;
            int lookalikes = 0;
            for (; i < text.Length && IsRunChar(text[i]); i++)
            {
                if (char.IsAsciiDigit(text[i]))
                {
                    digits++;
                }
                else
                {
                    lookalikes++;
                }
            }

            bool apart = (start == 0 || !char.IsLetter(text[start - 1])) && (i == text.Length || !char.IsLetter(text[i]));
            if (lookalikes == 0 || digits < 2 || digits <= lookalikes || !apart || UrlGuard.IsInsideUrl(text, start))
            {
                continue;
            }

            for (int k = start; k < i; k++)
            {
                char c = text[k];
                if (!char.IsAsciiDigit(c))
                {
                    TextEdit.Add(ref edits, k, k + 1, c is 'O' or 'o' ? "0" : "1");
                }
            }
        }
    }

    private static bool IsRunChar(char c) => char.IsAsciiDigit(c) || c is 'O' or 'o' or 'l' or 'I' or '|';
}
