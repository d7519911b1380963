using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using DoxGuard.Analysis;

namespace DoxGuard.Registry;

/// <summary>A run of letters and digits, or a lone '#', '@' or '+', in a text.</summary>
internal readonly record struct TextToken(int Start, int End, int Letters, int Digits)
{
    public int Length => End - Start;

    public bool IsNumber => Digits == Length;

    public bool IsWord => Letters == Length;

    public bool IsSymbol => Letters == 0 && Digits == 0;
}

/// <summary>Splits a text into <see cref="TextToken"/>s and tells what lies between two tokens.</summary>
internal sealed class TextTokens
{
    private readonly List<TextToken> _tokens;

    [ThreadStatic]
    private static TextTokens? t_cached;

    public TextTokens(string text)
    {
        _tokens = new List<TextToken>(Math.Max(4, text.Length / 5));
        Text = text;
        Tokenize();
    }

    private TextTokens()
    {
        _tokens = new List<TextToken>(64);
        Text = string.Empty;
    }

    public string Text { get; private set; }

    /// <summary>
    /// The calling thread's reusable instance, re-read for <paramref name="text"/>: the matcher tokenizes every post,
    /// and a fresh list per post would be most of its allocations. Valid until the thread's next call.
    /// </summary>
    public static TextTokens ForThread(string text)
    {
        TextTokens tokens = t_cached ??= new TextTokens();
        tokens.Text = text;
        tokens._tokens.Clear();
        tokens.HasDigits = false;
        if (Vector256.IsHardwareAccelerated)
        {
            tokens.TokenizeMasks();
        }
        else
        {
            tokens.Tokenize();
        }

        return tokens;
    }

    /// <summary>
    /// False only when no token-based scan can find anything: no digit (phones, plates and house numbers need
    /// one), and, in Latin-1 text written in mixed case, no capitalised word followed by another within two tokens
    /// (a name pair, with or without a middle initial). Most chatter is like that, and this costs a few vectorized
    /// searches where tokenizing costs a pass over every character.
    /// </summary>
    public static bool NeedsTokens(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('0', '9') || text.ContainsAnyExceptInRange('\0', '\u00ff'))
        {
            return true; // digits, or characters beyond Latin-1 whose case and kind the full tokenizer decides
        }

        return NeedsNameTokens(text);
    }

    /// <summary>
    /// <see cref="NeedsTokens(ReadOnlySpan{char})"/> for the engine's post, whose <paramref name="traits"/> (computed
    /// once for every recognizer) already tell whether it has a digit or any character beyond ASCII: two searches of
    /// the text fewer, and none beyond Latin-1 in an ASCII post.
    /// </summary>
    public static bool NeedsTokens(ReadOnlySpan<char> text, TextTraits traits)
    {
        if (traits.HasDigit || (traits.HasNonAscii && text.ContainsAnyExceptInRange('\0', '\u00ff')))
        {
            return true;
        }

        return NeedsNameTokens(text);
    }

    // A text of Latin-1 characters only (the callers return earlier for any other).
    private static bool NeedsNameTokens(ReadOnlySpan<char> text)
    {
        // The name scan's own test for a post written in one case, where any word pair may be a name.
        if (!text.ContainsAnyInRange('a', 'z') || !text.ContainsAnyInRange('A', 'Z'))
        {
            return true;
        }

        return Vector256.IsHardwareAccelerated && text.Length <= MaxMaskedLength ? CapitalPairByMasks(text) : CapitalPair(text);
    }

    private const int MaxMaskedLength = 64 * 64;

    /// <summary>
    /// <see cref="CapitalPair"/> from bit masks of the whole text, built 16 characters at a time: on posts matching
    /// nothing, the walk from every capital to the next two word starts, a character at a time, was ~15 % of the
    /// matcher's samples. Latin-1 only, where a letter or digit, an upper-case letter and the capital range have the
    /// closed forms below (<c>TextTokensTests</c> checks them against <see cref="char.IsLetterOrDigit(char)"/> and
    /// <see cref="char.IsUpper(char)"/> for all 256 characters, and the result against <see cref="CapitalPair"/>).
    /// </summary>
    internal static bool CapitalPairByMasks(ReadOnlySpan<char> text)
    {
        int n = text.Length;
        int words = (n + 63) >> 6;
        Span<ulong> alnum = stackalloc ulong[words];
        Span<ulong> upper = stackalloc ulong[words];
        Span<ulong> capital = stackalloc ulong[words];
        alnum.Clear();
        upper.Clear();
        capital.Clear();
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
        int i = 0;
        for (; i <= n - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
        {
            (uint a, uint u, uint c) = Classes(Vector256.LoadUnsafe(ref start, (nuint)i));
            int shift = i & 63;
            alnum[i >> 6] |= (ulong)a << shift;
            upper[i >> 6] |= (ulong)u << shift;
            capital[i >> 6] |= (ulong)c << shift;
        }

        if (i < n)
        {
            // The tail, padded with spaces (no class) to one more vector.
            Span<ushort> tail = stackalloc ushort[Vector256<ushort>.Count];
            tail.Fill(' ');
            MemoryMarshal.Cast<char, ushort>(text[i..]).CopyTo(tail);
            (uint a, uint u, uint c) = Classes(Vector256.Create<ushort>(tail));
            int shift = i & 63;
            alnum[i >> 6] |= (ulong)a << shift;
            upper[i >> 6] |= (ulong)u << shift;
            capital[i >> 6] |= (ulong)c << shift;
        }

        // Word starts: letters or digits after anything else. Candidates: a character of the capital range that
        // does not follow a letter or digit (CapitalPair's test), including the one non-letter in it, U+00D7.
        Span<ulong> starts = stackalloc ulong[words];
        ulong carry = 0;
        for (int w = 0; w < words; w++)
        {
            ulong after = (alnum[w] << 1) | carry;
            carry = alnum[w] >> 63;
            starts[w] = alnum[w] & ~after;
            capital[w] &= ~after;
        }

        for (int w = 0; w < words; w++)
        {
            ulong candidates = capital[w];
            while (candidates != 0)
            {
                int at = (w << 6) + BitOperations.TrailingZeroCount(candidates);
                candidates &= candidates - 1;

                // The next two word starts after the candidate, as CapitalPair's NextWordStart finds them.
                int following = NextBit(starts, at + 1);
                if (following < 0)
                {
                    break; // no word after this candidate, nor after any later one
                }

                if (IsSet(upper, following))
                {
                    return true;
                }

                following = NextBit(starts, following + 1);
                if (following >= 0 && IsSet(upper, following))
                {
                    return true;
                }
            }
        }

        return false;

        static bool IsSet(Span<ulong> bits, int at) => (bits[at >> 6] & (1UL << (at & 63))) != 0;

        static int NextBit(Span<ulong> bits, int from)
        {
            int w = from >> 6;
            if (w >= bits.Length)
            {
                return -1;
            }

            ulong pending = bits[w] & (~0UL << (from & 63));
            while (pending == 0)
            {
                if (++w >= bits.Length)
                {
                    return -1;
                }

                pending = bits[w];
            }

            return (w << 6) + BitOperations.TrailingZeroCount(pending);
        }
    }

    /// <summary>For 16 Latin-1 characters: letters or digits, upper-case letters, and the capital range A-Z, U+00C0-U+00DE.</summary>
    private static (uint Alnum, uint Upper, uint Capital) Classes(Vector256<ushort> v)
    {
        Vector256<ushort> digit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
        Vector256<ushort> asciiUpper = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)25));
        Vector256<ushort> asciiLower = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
        Vector256<ushort> high = Vector256.GreaterThanOrEqual(v, Vector256.Create((ushort)0xC0));
        Vector256<ushort> highUpper = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)0xC0), Vector256.Create((ushort)(0xDE - 0xC0)));
        Vector256<ushort> times = Vector256.Equals(v, Vector256.Create((ushort)0xD7));
        Vector256<ushort> divide = Vector256.Equals(v, Vector256.Create((ushort)0xF7));
        Vector256<ushort> ordinals = Vector256.Equals(v, Vector256.Create((ushort)0xAA)) | Vector256.Equals(v, Vector256.Create((ushort)0xB5))
            | Vector256.Equals(v, Vector256.Create((ushort)0xBA));
        Vector256<ushort> alnum = digit | asciiUpper | asciiLower | ordinals | (high & ~times & ~divide);
        Vector256<ushort> upper = asciiUpper | (highUpper & ~times);
        Vector256<ushort> capital = asciiUpper | highUpper;
        return (alnum.ExtractMostSignificantBits(), upper.ExtractMostSignificantBits(), capital.ExtractMostSignificantBits());
    }

    /// <summary>
    /// True when a capitalised word is followed within two words by another: the character-by-character reading,
    /// used where 256-bit vectors are not accelerated or the text is very long.
    /// </summary>
    internal static bool CapitalPair(ReadOnlySpan<char> text)
    {
        // Two vectorized range searches (ASCII and Latin-1 capitals) instead of one set search, which for a set
        // beyond ASCII tests character by character.
        int ascii = text.IndexOfAnyInRange('A', 'Z');
        int latin = text.IndexOfAnyInRange('\u00c0', '\u00de');
        while (ascii >= 0 || latin >= 0)
        {
            int at;
            if (latin < 0 || (ascii >= 0 && ascii < latin))
            {
                at = ascii;
                int next = text[(at + 1)..].IndexOfAnyInRange('A', 'Z');
                ascii = next < 0 ? -1 : at + 1 + next;
            }
            else
            {
                at = latin;
                int next = text[(at + 1)..].IndexOfAnyInRange('\u00c0', '\u00de');
                latin = next < 0 ? -1 : at + 1 + next;
            }

            if (at > 0 && char.IsLetterOrDigit(text[at - 1]))
            {
                continue; // inside a word
            }

            int following = NextWordStart(text, at);
            if (following < text.Length && char.IsUpper(text[following]))
            {
                return true;
            }

            following = NextWordStart(text, following);
            if (following < text.Length && char.IsUpper(text[following]))
            {
                return true;
            }
        }

        return false;

        static int NextWordStart(ReadOnlySpan<char> text, int at)
        {
            while (at < text.Length && char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            while (at < text.Length && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            return at;
        }
    }

    private void Tokenize()
    {
        // Every post is tokenized: an ASCII class table keeps this at well under a nanosecond a character, where the
        // general Unicode predicates cost three calls per character.
        ReadOnlySpan<byte> ascii = AsciiClass;
        string text = Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int kind = c < 128 ? ascii[c] : (char.IsLetterOrDigit(c) ? Other : Gap);
            if (kind == Gap)
            {
                if (c is '#')
                {
                    _tokens.Add(new TextToken(i, i + 1, 0, 0));
                }

                i++;
                continue;
            }

            int start = i;
            int letters = 0;
            int digits = 0;
            while (i < text.Length)
            {
                c = text[i];
                if (c < 128)
                {
                    kind = ascii[c];
                    if (kind == Gap)
                    {
                        break;
                    }

                    letters += kind & Letter;
                    digits += (kind & Digit) >> 1;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    letters += char.IsLetter(c) ? 1 : 0; // a non-ASCII digit is part of the token but neither kind
                }
                else
                {
                    break;
                }

                i++;
            }

            _tokens.Add(new TextToken(start, i, letters, digits));
            HasDigits |= digits > 0;
        }
    }

    // Bit masks of the text being split by TokenizeMasks, one bit a character: letters or digits; ASCII digits;
    // letters or digits that are neither a letter nor an ASCII digit (a non-ASCII digit); '#'.
    private ulong[] _bits = [];

    /// <summary>
    /// <see cref="Tokenize"/> from bit masks, with the same tokens. Tokenizing was ~10 % of the matcher's samples at
    /// about a nanosecond a character; here the ASCII character classes are found 16 at a time (the few characters
    /// beyond ASCII are classed one by one, by the same predicates as <see cref="Tokenize"/>), and a token's bounds
    /// and counts are read from the masks a 64-bit word at a time: its letters are its length less its ASCII digits
    /// and its other characters.
    /// </summary>
    private void TokenizeMasks()
    {
        string text = Text;
        int n = text.Length;
        int words = (n + 63) >> 6;
        if (_bits.Length < 4 * words)
        {
            _bits = new ulong[Math.Max(4 * words, 64)];
        }

        Span<ulong> alnum = _bits.AsSpan(0, words);
        Span<ulong> digit = _bits.AsSpan(words, words);
        Span<ulong> other = _bits.AsSpan(2 * words, words);
        Span<ulong> hash = _bits.AsSpan(3 * words, words);
        _bits.AsSpan(0, 4 * words).Clear();

        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        int i = 0;
        for (; i <= n - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
        {
            Vector256<ushort> v = Vector256.LoadUnsafe(ref start, (nuint)i);
            Vector256<ushort> isDigit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
            Vector256<ushort> isLetter = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25));
            Vector256<ushort> isHash = Vector256.Equals(v, Vector256.Create((ushort)'#'));
            int shift = i & 63;
            alnum[i >> 6] |= (ulong)(isDigit | isLetter).ExtractMostSignificantBits() << shift;
            digit[i >> 6] |= (ulong)isDigit.ExtractMostSignificantBits() << shift;
            hash[i >> 6] |= (ulong)isHash.ExtractMostSignificantBits() << shift;
            uint high = Vector256.GreaterThan(v, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits();
            while (high != 0)
            {
                int at = i + BitOperations.TrailingZeroCount(high);
                high &= high - 1;
                ClassifyBeyondAscii(text[at], at, alnum, other);
            }
        }

        for (; i < n; i++)
        {
            char c = text[i];
            ulong bit = 1UL << (i & 63);
            if (c > 0x7F)
            {
                ClassifyBeyondAscii(c, i, alnum, other);
            }
            else if (char.IsAsciiDigit(c))
            {
                alnum[i >> 6] |= bit;
                digit[i >> 6] |= bit;
            }
            else if (char.IsAsciiLetter(c))
            {
                alnum[i >> 6] |= bit;
            }
            else if (c == '#')
            {
                hash[i >> 6] |= bit;
            }
        }

        int from = 0;
        while (true)
        {
            // The next character that starts a token: a letter or digit, or a '#' (a token of its own).
            int w = from >> 6;
            if (w >= words)
            {
                return;
            }

            ulong pending = (alnum[w] | hash[w]) & (~0UL << (from & 63));
            while (pending == 0)
            {
                if (++w >= words)
                {
                    return;
                }

                pending = alnum[w] | hash[w];
            }

            int first = (w << 6) + BitOperations.TrailingZeroCount(pending);
            if ((alnum[w] & (1UL << (first & 63))) == 0)
            {
                _tokens.Add(new TextToken(first, first + 1, 0, 0));
                from = first + 1;
                continue;
            }

            // The token ends at the next character that is not a letter or digit (bits past the text are clear).
            ulong rest = ~alnum[w] & (~0UL << (first & 63));
            while (rest == 0 && ++w < words)
            {
                rest = ~alnum[w];
            }

            int end = rest == 0 ? n : Math.Min(n, (w << 6) + BitOperations.TrailingZeroCount(rest));
            int digits = 0;
            int others = 0;
            for (int d = first >> 6; d <= (end - 1) >> 6; d++)
            {
                ulong mask = ~0UL;
                if (d == first >> 6)
                {
                    mask &= ~0UL << (first & 63);
                }

                if (d == (end - 1) >> 6 && (end & 63) != 0)
                {
                    mask &= (1UL << (end & 63)) - 1;
                }

                digits += BitOperations.PopCount(digit[d] & mask);
                others += BitOperations.PopCount(other[d] & mask);
            }

            _tokens.Add(new TextToken(first, end, end - first - digits - others, digits));
            HasDigits |= digits > 0;
            from = end;
        }
    }

    /// <summary>A character beyond ASCII, as <see cref="Tokenize"/> reads it: part of a token when a letter or digit.</summary>
    private static void ClassifyBeyondAscii(char c, int at, Span<ulong> alnum, Span<ulong> other)
    {
        if (char.IsLetterOrDigit(c))
        {
            alnum[at >> 6] |= 1UL << (at & 63);
            if (!char.IsLetter(c))
            {
                other[at >> 6] |= 1UL << (at & 63); // a non-ASCII digit is part of the token but neither kind
            }
        }
    }

    /// <summary>True when some token has an ASCII digit: phones, plates and house numbers all need one.</summary>
    public bool HasDigits { get; private set; }

    private const int Gap = 0;
    private const int Letter = 1;
    private const int Digit = 2;
    private const int Other = 4;

    private static ReadOnlySpan<byte> AsciiClass =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    public int Count => _tokens.Count;

    public TextToken this[int index] => _tokens[index];

    public ReadOnlySpan<char> Value(int index) => Text.AsSpan(_tokens[index].Start, _tokens[index].Length);

    /// <summary>The characters between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> GapBefore(int index)
    {
        int from = index == 0 ? 0 : _tokens[index - 1].End;
        return Text.AsSpan(from, _tokens[index].Start - from);
    }

    /// <summary>True when only spaces (and at most a dash or dot) separate token <paramref name="index"/> from the one before.</summary>
    public bool Adjacent(int index, bool allowComma = false)
    {
        if (index == 0)
        {
            return false;
        }

        ReadOnlySpan<char> gap = GapBefore(index);
        if (gap.Length > 3)
        {
            return false;
        }

        foreach (char c in gap)
        {
            if (!(c is ' ' or '\t' or '-' or '.' || (allowComma && c == ',')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when a sentence or line ends between token <paramref name="index"/> - 1 and token <paramref name="index"/>.</summary>
    public bool BoundaryBefore(int index)
    {
        foreach (char c in GapBefore(index))
        {
            if (c is '\n' or '\r' or ';' or '!' or '?' or '|' or '(' or ')' or '"')
            {
                return true;
            }
        }

        ReadOnlySpan<char> gap = GapBefore(index);
        int dot = gap.IndexOf('.');

        // "Ave. Chicago" is an abbreviation, "Ave. Then" a sentence end: only a dot followed by a space and a word
        // that does not look like a place ends the address, so treat ". " as a boundary only after a long word.
        return dot >= 0 && index > 0 && _tokens[index - 1].Length > 4 && gap.Length > dot + 1;
    }
}
