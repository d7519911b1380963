namespace DoxGuard.Normalization;

/// <summary>
/// Maps Cyrillic and Greek look-alikes to Latin, but only inside tokens that also hold Latin letters or digits and
/// no other Cyrillic or Greek letter: "јоhn@gmаil.com" is folded, genuine Russian or Greek words are left alone.
/// </summary>
internal static class HomoglyphStage
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Run(string text, ref List<TextEdit>? edits)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            bool confusable = false;
            bool latinOrDigit = false;
            bool foreign = false;
            for (; i < text.Length && IsTokenChar(text[i]); i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    latinOrDigit |= char.IsAsciiLetterOrDigit(c);
                }
                else if (ToLatin(c) != '\0')
                {
                    confusable = true;
                }
                else if (IsCyrillicOrGreek(c))
                {
                    foreign = true;
                }
            }

            if (confusable && latinOrDigit && !foreign)
            {
                for (int k = start; k < i; k++)
                {
                    char latin = ToLatin(text[k]);
                    if (latin != '\0')
                    {
                        TextEdit.Add(ref edits, k, k + 1, LatinStrings[latin]);
                    }
                }
            }
        }
    }

    private static readonly string[] LatinStrings = CreateLatinStrings();

    private static string[] CreateLatinStrings()
    {
        string[] strings = new string[128];
        for (int c = 0; c < strings.Length; c++)
        {
            strings[c] = ((char)c).ToString();
        }

        return strings;
    }

    // Email and handle punctuation stay inside the token so that "аdmin@site.com" is judged as one run.
    private static bool IsTokenChar(char c) =>
        char.IsLetterOrDigit(c) || c is '@' or '.' or '_' or '-' or '+' or '\'' || UnicodeFolding.IsCombiningMark(c);

    private static bool IsCyrillicOrGreek(char c) => c is (>= '\u0370' and <= '\u03FF') or (>= '\u0400' and <= '\u052F') or (>= '\u1F00' and <= '\u1FFF');

    /// <summary>The Latin letter a Cyrillic or Greek character passes for, or '\0'.</summary>
    internal static char ToLatin(char c) => c switch
    {
        // Cyrillic lower case.
        '\u0430' => 'a', '\u0435' => 'e', '\u043E' => 'o', '\u0440' => 'p', '\u0441' => 'c', '\u0443' => 'y',
        '\u0445' => 'x', '\u0456' => 'i', '\u0458' => 'j', '\u0455' => 's', '\u0501' => 'd', '\u051B' => 'q',
        '\u051D' => 'w', '\u04BB' => 'h', '\u04CF' => 'l', '\u0475' => 'v', '\u0457' => 'i', '\u0491' => 'r',
        // Cyrillic upper case.
        '\u0410' => 'A', '\u0412' => 'B', '\u0415' => 'E', '\u041A' => 'K', '\u041C' => 'M', '\u041D' => 'H',
        '\u041E' => 'O', '\u0420' => 'P', '\u0421' => 'C', '\u0422' => 'T', '\u0425' => 'X', '\u0405' => 'S',
        '\u0406' => 'I', '\u0408' => 'J', '\u0423' => 'Y', '\u04AE' => 'Y', '\u051A' => 'Q', '\u051C' => 'W',
        '\u04BA' => 'H', '\u04C0' => 'I', '\u0474' => 'V',
        // Greek lower case.
        '\u03BF' => 'o', '\u03B1' => 'a', '\u03BD' => 'v', '\u03C1' => 'p', '\u03C4' => 't', '\u03B9' => 'i',
        '\u03BA' => 'k', '\u03C5' => 'u', '\u03C7' => 'x', '\u03B5' => 'e', '\u03F2' => 'c', '\u03F3' => 'j',
        // Greek upper case.
        '\u0391' => 'A', '\u0392' => 'B', '\u0395' => 'E', '\u0396' => 'Z', '\u0397' => 'H', '\u0399' => 'I',
        '\u039A' => 'K', '\u039C' => 'M', '\u039D' => 'N', '\u039F' => 'O', '\u03A1' => 'P', '\u03A4' => 'T',
        '\u03A5' => 'Y', '\u03A7' => 'X', '\u03F9' => 'C', '\u037F' => 'J',
        _ => '\0',
    };
}
