using System.Text;

namespace DoxGuard.Harms;

/// <summary>
/// Character folding shared by the lexicon and the feature extractor: lower case, Spanish and French accents
/// stripped (posters drop them as often as they type them), and leet digits inside words read as letters
/// ("k1ll" → "kill", "m4tar" → "matar"). Folding is one character for one character so offsets survive.
/// </summary>
internal static class TextFolding
{
    // Per-process tables over every UTF-16 unit: the feature extractor folds and classifies each character of
    // every post, and a table read is several times cheaper than the switch and the Unicode category lookups.
    private static readonly char[] FoldTable = BuildFoldTable();
    private static readonly bool[] TokenCharTable = BuildTokenCharTable();

    /// <summary><see cref="Fold"/> by table lookup.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char FoldFast(char c) => FoldTable[c];

    /// <summary><see cref="IsTokenChar"/> by table lookup.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool IsTokenCharFast(char c) => TokenCharTable[c];

    private static char[] BuildFoldTable()
    {
        char[] table = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            table[c] = Fold((char)c);
        }

        return table;
    }

    private static bool[] BuildTokenCharTable()
    {
        bool[] table = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            table[c] = IsTokenChar((char)c);
        }

        return table;
    }

    /// <summary>Lower-cases and strips the accent of one character.</summary>
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            'á' or 'à' or 'â' or 'ä' or 'Á' or 'À' or 'Â' or 'Ä' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'í' or 'ì' or 'î' or 'ï' or 'Í' or 'Ì' or 'Î' or 'Ï' => 'i',
            'ó' or 'ò' or 'ô' or 'ö' or 'Ó' or 'Ò' or 'Ô' or 'Ö' => 'o',
            'ú' or 'ù' or 'û' or 'ü' or 'Ú' or 'Ù' or 'Û' or 'Ü' => 'u',
            'ñ' or 'Ñ' => 'n',
            'ç' or 'Ç' => 'c',
            '’' or '‘' or 'ʼ' => '\'',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>The letter a leet digit stands for inside a word, or the digit itself.</summary>
    public static char Deleet(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '8' => 'b',
        '@' => 'a',
        _ => c,
    };

    /// <summary>True for characters that belong to a word token.</summary>
    public static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c == '\'' || c == '’';

    /// <summary>
    /// De-leets <paramref name="token"/> in place when it mixes letters and digits as a word does ("k1ll"), but not
    /// when it reads as a quantity or an ordinal ("50k", "10am", "2nd"), which carry meaning as they are.
    /// </summary>
    public static void DeleetInPlace(Span<char> token)
    {
        int letters = 0;
        int digits = 0;
        int firstLetter = -1;
        int lastDigit = -1;
        for (int i = 0; i < token.Length; i++)
        {
            char c = token[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
                lastDigit = i;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (firstLetter < 0)
                {
                    firstLetter = i;
                }
            }
        }

        if (digits == 0 || letters < 2)
        {
            return;
        }

        // Digits all before the letters, with a short suffix: "50k", "10am", "3rd", "25k".
        if (lastDigit < firstLetter && token.Length - firstLetter <= 3)
        {
            return;
        }

        for (int i = 0; i < token.Length; i++)
        {
            token[i] = Deleet(token[i]);
        }
    }

    /// <summary>Folds a lexicon phrase: tokens folded and de-leeted, joined by single spaces.</summary>
    public static string FoldPhrase(string phrase)
    {
        var sb = new StringBuilder(phrase.Length);
        Span<char> buffer = stackalloc char[64];
        int i = 0;
        while (i < phrase.Length)
        {
            while (i < phrase.Length && !IsTokenChar(phrase[i]))
            {
                i++;
            }

            int start = i;
            while (i < phrase.Length && IsTokenChar(phrase[i]) && i - start < buffer.Length)
            {
                buffer[i - start] = Fold(phrase[i]);
                i++;
            }

            if (i > start)
            {
                Span<char> token = buffer[..(i - start)];
                DeleetInPlace(token);
                if (sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(token);
            }
        }

        return sb.ToString();
    }
}
