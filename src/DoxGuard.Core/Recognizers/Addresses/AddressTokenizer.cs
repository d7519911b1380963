using System.Runtime.CompilerServices;

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
    // Texts longer than this are tokenized into a fresh array rather than the per-thread one, so that one huge
    // post does not pin a large buffer on every worker thread.
    private const int MaxCachedLength = 8192;

    // The street-address and plate recognizers both tokenize the same post, one after the other on the same
    // thread: the tokens of the last text are kept per thread and handed to the second caller. Strings are
    // immutable, so a reference match means the tokens are still valid.
    [ThreadStatic]
    private static string? t_text;

    [ThreadStatic]
    private static AddressToken[]? t_tokens;

    [ThreadStatic]
    private static int t_count;

    /// <summary>
    /// The tokens of <paramref name="text"/>, shared with the other recognizers that ask for the same text on this
    /// thread. The span is valid until the next call on this thread; callers must not hold it across calls.
    /// </summary>
    public static ReadOnlySpan<AddressToken> Shared(string text)
    {
        if (ReferenceEquals(text, t_text) && t_tokens is not null)
        {
            return t_tokens.AsSpan(0, t_count);
        }

        if (text.Length > MaxCachedLength)
        {
            var own = new AddressToken[text.Length + 1];
            return own.AsSpan(0, Tokenize(text, own));
        }

        AddressToken[]? buffer = t_tokens;
        if (buffer is null || buffer.Length < text.Length + 1)
        {
            buffer = new AddressToken[Math.Max(512, text.Length + 1)];
            t_tokens = buffer;
        }

        // Cleared first: should Tokenize throw, a stale count must not be served for this text.
        t_text = null;
        t_count = Tokenize(text, buffer);
        t_text = text;
        return buffer.AsSpan(0, t_count);
    }

    // ASCII characters by class, so that the common case costs one load instead of the char.IsXxx calls.
    internal const byte Other = 0, Space = 1, Letter = 2, Digit = 3;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
        0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0,
    ];

    // The class char.IsWhiteSpace, char.IsDigit and char.IsLetter (or 'º', '°', 'ª') give, in that order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static byte ClassOf(char c) => c < 0x80 ? AsciiClass[c] : ClassOfNonAscii(c);

    private static byte ClassOfNonAscii(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return Space;
        }

        if (char.IsDigit(c))
        {
            return Digit;
        }

        return char.IsLetter(c) || c is 'º' or '°' or 'ª' ? Letter : Other;
    }

    public static int Tokenize(string text, AddressToken[] buffer)
    {
        int count = 0;
        int i = 0;
        while (i < text.Length && count < buffer.Length)
        {
            char c = text[i];
            byte cls = ClassOf(c);
            if (c == '\n')
            {
                buffer[count++] = new AddressToken(AddressTokenKind.Newline, i, i + 1);
                i++;
            }
            else if (cls == Space)
            {
                i++;
            }
            else if (cls != Other)
            {
                int start = i;
                int segment = i;
                bool digits = false, letters = false;
                while (i < text.Length)
                {
                    char d = text[i];
                    byte dcls = ClassOf(d);
                    if (dcls == Digit)
                    {
                        digits = true;
                    }
                    else if (dcls == Letter)
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
