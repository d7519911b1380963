using System.Text;

namespace DoxGuard.Normalization;

/// <summary>
/// Reads leetspeak and homoglyph spellings as plain words for the harm classifier ("k1ll" → "kill",
/// "4ddr3ss" → "address"). It is deliberately not part of <see cref="TextNormalizer"/>: applied to the whole text it
/// would corrupt phone numbers and amounts, so it works on words and keeps no offsets.
/// </summary>
public static class LeetDecoder
{
    /// <summary>
    /// Decodes every token of <paramref name="text"/> that mixes letters with 0 1 3 4 5 7 @ $; tokens without a
    /// letter ("1337", "$20"), amounts and counts with a short unit ("$2k", "10k", "5th"), handles ("@john") and
    /// emails stay.
    /// Letter case is kept; digits decode to lower-case letters.
    /// </summary>
    public static string Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? builder = null;
        int copied = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!IsTokenChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsTokenChar(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> token = text.AsSpan(start, i - start);

            // "jane@mail.com": an address, not a word; the '@' is real.
            bool email = i < text.Length && text[i] == '.' && token.IndexOf('@') > 0;
            if (email || !NeedsDecoding(token))
            {
                continue;
            }

            builder ??= new StringBuilder(text.Length);
            builder.Append(text, copied, start - copied);
            bool hasLatin = HasLatinLetter(token);
            for (int k = 0; k < token.Length; k++)
            {
                char c = token[k];
                char latin = HomoglyphStage.ToLatin(c);
                builder.Append(
                    latin != '\0' && hasLatin ? latin
                    : k == 0 && c == '@' ? c
                    : Decode(c));
            }

            copied = i;
        }

        if (builder is null)
        {
            return text;
        }

        builder.Append(text, copied, text.Length - copied);
        return builder.ToString();
    }

    private static char Decode(char c) => c switch
    {
        '0' => 'o',
        '1' => 'i',
        '3' => 'e',
        '4' => 'a',
        '5' => 's',
        '7' => 't',
        '@' => 'a',
        '$' => 's',
        _ => c,
    };

    private static bool IsTokenChar(char c) => char.IsLetterOrDigit(c) || c is '@' or '$';

    private static bool IsLeet(char c) => c is '0' or '1' or '3' or '4' or '5' or '7' or '@' or '$';

    private static bool HasLatinLetter(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (char.IsAsciiLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NeedsDecoding(ReadOnlySpan<char> token)
    {
        bool letter = false;
        bool leet = false;
        bool homoglyph = false;
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            if (char.IsAsciiLetter(c))
            {
                letter = true;
            }
            else if (HomoglyphStage.ToLatin(c) != '\0')
            {
                homoglyph = true;
            }
            else if (IsLeet(c) && !(k == 0 && c == '@'))
            {
                leet = true;
            }
        }

        if (homoglyph && letter)
        {
            return true;
        }

        return letter && leet && !IsAmountOrCount(token);
    }

    /// <summary>"$2k", "10k", "5th", "1990s", "3am": a number with at most a short unit after it.</summary>
    private static bool IsAmountOrCount(ReadOnlySpan<char> token)
    {
        int k = token[0] == '$' ? 1 : 0;
        int digitsStart = k;
        while (k < token.Length && char.IsAsciiDigit(token[k]))
        {
            k++;
        }

        if (k == digitsStart)
        {
            return false;
        }

        int suffix = token.Length - k;
        for (int m = k; m < token.Length; m++)
        {
            if (!char.IsAsciiLetter(token[m]))
            {
                return false;
            }
        }

        return suffix <= 3;
    }
}
