namespace DoxGuard.Normalization;

/// <summary>
/// Joins runs of spelled-out digits, in English and Spanish, with any digits mixed in: "five five five oh one four
/// three" and "7 seven 3" become digits. Only runs of at least three digit elements with one spelled word count,
/// so "one of my two kids" is untouched; "oh"/"o" count as zero only inside a run.
/// </summary>
internal static class SpelledDigitStage
{
    private const int MaxGap = 3;

    private static readonly string[] Digits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

    [ThreadStatic]
    private static List<Element>? t_run;

    private enum Kind
    {
        Spelled,
        Zero,
        SpanishO,
        Multiplier,
        Number,
    }

    private readonly record struct Element(int Start, int End, Kind Kind, int Value);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Run(string text, ref List<TextEdit>? edits)
    {
        List<Element> run = t_run ??= new List<Element>(16);
        run.Clear();
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            if (!TryClassify(text.AsSpan(start, i - start), out Kind kind, out int value))
            {
                Flush(text, run, ref edits);
                continue;
            }

            if (run.Count > 0 && !IsSeparator(text.AsSpan(run[^1].End, start - run[^1].End)))
            {
                Flush(text, run, ref edits);
            }

            run.Add(new Element(start, i, kind, value));
        }

        Flush(text, run, ref edits);
    }

    private static bool IsSeparator(ReadOnlySpan<char> gap)
    {
        if (gap.IsEmpty || gap.Length > MaxGap)
        {
            return false;
        }

        foreach (char c in gap)
        {
            if (c is not (' ' or '-' or ',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Flush(string text, List<Element> run, ref List<TextEdit>? edits)
    {
        if (run.Count >= 3)
        {
            // An invalid multiplier ("double" not followed by one digit) splits the run in two.
            int segmentStart = 0;
            for (int k = 0; k <= run.Count; k++)
            {
                bool boundary = k == run.Count || (run[k].Kind == Kind.Multiplier && !IsSingleDigit(run, k + 1));
                if (boundary)
                {
                    EmitSegment(text, run, segmentStart, k, ref edits);
                    segmentStart = k + 1;
                }
            }
        }

        run.Clear();
    }

    private static bool IsSingleDigit(List<Element> run, int k) =>
        k < run.Count && (run[k].Kind is Kind.Spelled or Kind.Zero or Kind.SpanishO || (run[k].Kind == Kind.Number && run[k].End - run[k].Start == 1));

    private static void EmitSegment(string text, List<Element> run, int from, int to, ref List<TextEdit>? edits)
    {
        // "oh" and "o" are words first: they read as zero only with digits on both sides.
        while (from < to && run[from].Kind is Kind.Zero or Kind.SpanishO)
        {
            from++;
        }

        while (to > from && run[to - 1].Kind is Kind.Zero or Kind.SpanishO && !(to - 2 >= from && run[to - 2].Kind == Kind.Multiplier))
        {
            to--;
        }

        while (to > from && run[to - 1].Kind == Kind.Multiplier)
        {
            to--;
        }

        int count = to - from;
        if (count < 3)
        {
            return;
        }

        int spelled = 0;
        int digits = 0;
        int longNumbers = 0;
        bool spanishO = false;
        for (int k = from; k < to; k++)
        {
            Element e = run[k];
            switch (e.Kind)
            {
                case Kind.Number:
                    digits += e.End - e.Start;
                    longNumbers += e.End - e.Start > 1 ? 1 : 0;
                    break;
                case Kind.Multiplier:
                    spelled++;
                    digits += e.Value - 1;
                    break;
                default:
                    spelled++;
                    digits++;
                    spanishO |= e.Kind == Kind.SpanishO;
                    break;
            }
        }

        // Spanish "o" is also "or" ("cinco o seis"), so a run using it must be long enough to be a number.
        // One spelled word among multi-digit numbers is a date or a slug ("2018-07-28-one"), not a disguised number.
        if (spelled == 0 || digits < 3 || (spanishO && count < 5) || (spelled == 1 && longNumbers > 0))
        {
            return;
        }

        if (UrlGuard.IsInsideUrl(text, run[from].Start))
        {
            return;
        }

        for (int k = from; k < to; k++)
        {
            Element e = run[k];
            if (k > from)
            {
                TextEdit.Add(ref edits, run[k - 1].End, e.Start, string.Empty);
            }

            switch (e.Kind)
            {
                case Kind.Spelled:
                    TextEdit.Add(ref edits, e.Start, e.End, Digits[e.Value]);
                    break;
                case Kind.Zero or Kind.SpanishO:
                    TextEdit.Add(ref edits, e.Start, e.End, Digits[0]);
                    break;
                case Kind.Multiplier:
                    Element target = run[k + 1];
                    int digit = target.Kind == Kind.Number ? text[target.Start] - '0' : target.Kind == Kind.Spelled ? target.Value : 0;
                    TextEdit.Add(ref edits, e.Start, e.End, new string((char)('0' + digit), e.Value - 1));
                    break;
                default:
                    break;
            }
        }
    }

    private static bool TryClassify(ReadOnlySpan<char> token, out Kind kind, out int value)
    {
        kind = Kind.Number;
        value = 0;
        if (char.IsAsciiDigit(token[0]))
        {
            foreach (char c in token)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            return true;
        }

        if (token.Length > 6)
        {
            return false;
        }

        Span<char> lower = stackalloc char[6];
        for (int k = 0; k < token.Length; k++)
        {
            char c = token[k];
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }

            lower[k] = (char)(c | 0x20);
        }

        value = lower[..token.Length] switch
        {
            "zero" or "cero" => 0,
            "one" or "uno" => 1,
            "two" or "dos" => 2,
            "three" or "tres" => 3,
            "four" or "cuatro" => 4,
            "five" or "cinco" => 5,
            "six" or "seis" => 6,
            "seven" or "siete" => 7,
            "eight" or "ocho" => 8,
            "nine" or "nueve" => 9,
            _ => -1,
        };

        if (value >= 0)
        {
            kind = Kind.Spelled;
            return true;
        }

        switch (lower[..token.Length])
        {
            case "oh":
                kind = Kind.Zero;
                value = 0;
                return true;
            case "o":
                kind = Kind.SpanishO;
                value = 0;
                return true;
            case "double" or "doble":
                kind = Kind.Multiplier;
                value = 2;
                return true;
            case "triple":
                kind = Kind.Multiplier;
                value = 3;
                return true;
            default:
                return false;
        }
    }
}
