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
        tokens.Tokenize();
        return tokens;
    }

    private void Tokenize()
    {
        string text = Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                int start = i;
                int letters = 0;
                int digits = 0;
                while (i < text.Length && char.IsLetterOrDigit(text[i]))
                {
                    if (char.IsAsciiDigit(text[i]))
                    {
                        digits++;
                    }
                    else if (char.IsLetter(text[i]))
                    {
                        letters++;
                    }

                    i++;
                }

                _tokens.Add(new TextToken(start, i, letters, digits));
            }
            else
            {
                if (c is '#')
                {
                    _tokens.Add(new TextToken(i, i + 1, 0, 0));
                }

                i++;
            }
        }
    }

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
