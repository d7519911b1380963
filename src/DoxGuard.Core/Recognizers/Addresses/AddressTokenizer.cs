namespace DoxGuard.Recognizers.Addresses;

/// <summary>What a token of an address candidate is made of.</summary>
internal enum AddressTokenKind : byte
{
    /// <summary>Letters only (may hold apostrophes, inner periods or hyphens: "O'Hare", "P.O", "Wilkes-Barre").</summary>
    Word,

    /// <summary>Digits only.</summary>
    Number,

    /// <summary>Digits and letters ("4B", "59th", "8ABC123").</summary>
    Alnum,

    /// <summary>One punctuation or symbol character (",", "#", "/", "-", ".", ":", "$").</summary>
    Punct,

    /// <summary>A line break, kept because multi-line addresses put the city on the next line.</summary>
    Newline,
}

/// <summary>A token: kind and span in the analysed text.</summary>
internal readonly record struct AddressToken(AddressTokenKind Kind, int Start, int End)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// Splits a text into address tokens in one linear pass. Letters and digits in one run form one token so that
/// "4B" and "59th" stay whole; a period inside letters ("P.O") stays in the word, a final one is its own token.
/// </summary>
internal static class AddressTokenizer
{
    public static int Tokenize(string text, AddressToken[] buffer)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length && count < buffer.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                buffer[count++] = new AddressToken(AddressTokenKind.Newline, i, i + 1);
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c) || c is 'º' or '°' or 'ª')
            {
                int start = i;
                int segment = i;
                bool digits = false, letters = false;
                while (i < text.Length)
                {
                    char d = text[i];
                    if (char.IsDigit(d))
                    {
                        digits = true;
                    }
                    else if (char.IsLetter(d) || d is 'º' or '°' or 'ª')
                    {
                        letters = true;
                    }
                    else if (letters && !digits && i + 1 < text.Length && char.IsLetter(text[i + 1])
                        && (d is '\'' or '’' or '-' || (d == '.' && i - segment <= 2)))
                    {
                        // Apostrophes and hyphens join name parts; a period joins only initialisms ("P.O", "C.P").
                        segment = i + 1;
                    }
                    else
                    {
                        break;
                    }

                    i++;
                }

                var kind = digits ? (letters ? AddressTokenKind.Alnum : AddressTokenKind.Number) : AddressTokenKind.Word;
                buffer[count++] = new AddressToken(kind, start, i);
            }
            else
            {
                buffer[count++] = new AddressToken(AddressTokenKind.Punct, i, i + 1);
                i++;
            }
        }

        return count;
    }
}
