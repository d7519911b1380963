using System.Collections.Frozen;

namespace DoxGuard.Normalization;

/// <summary>
/// Rebuilds emails written with words: "john dot smith at gmail dot com", "john(at)gmail(dot)com",
/// "john [at] gmail [dot] com", "john @ gmail . com", "john@gmail dot com". A candidate must end in a known top-level
/// domain; a bare "at" with no spelled-out dot must also name a mail provider, so "look at amazon.com" stays prose.
/// </summary>
internal static class EmailStage
{
    private const int MaxGap = 3;
    private const int MaxLabels = 16;

    private static readonly FrozenSet<string> TopLevelDomains = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "me", "tv", "ly", "app", "dev",
        "xyz", "online", "site", "email", "live", "club", "ai", "gg", "us", "uk", "ca", "mx", "es", "ar", "cl", "pe",
        "ve", "uy", "ec", "bo", "py", "cr", "gt", "hn", "sv", "ni", "pa", "do", "pr", "cu", "co", "de", "fr", "it",
        "nl", "be", "ch", "at", "au", "nz", "in", "br", "ru", "jp", "cn", "ie", "pt", "se", "no", "dk", "fi", "pl",
    ]);

    private static readonly FrozenSet<string> MailProviders = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "aol", "icloud", "me", "mac",
        "protonmail", "proton", "pm", "gmx", "mail", "yandex", "zoho", "hey", "fastmail", "tutanota", "tuta",
        "comcast", "verizon", "att", "sbcglobal", "terra", "prodigy", "telmex",
    ]);

    [ThreadStatic]
    private static List<Token>? t_tokens;

    private enum Kind
    {
        Word,
        At,
        Dot,
        Break,
    }

    private readonly record struct Token(int Start, int End, Kind Kind, bool Bare);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static void Run(string text, ref List<TextEdit>? edits)
    {
        if (!HasAtMarker(text))
        {
            return;
        }

        List<Token> tokens = t_tokens ??= new List<Token>(64);
        tokens.Clear();
        Lex(text, tokens);

        int consumed = -1;
        for (int a = 0; a < tokens.Count; a++)
        {
            Token t = tokens[a];
            int first;
            int last;
            bool spelledDot;
            if (t.Kind == Kind.At)
            {
                if (!TryLocal(text, tokens, a, consumed, out first, out bool localDot)
                    || !TryDomain(text, tokens, a + 1, out last, out bool domainDot)
                    || !EndsInDomain(text, tokens, a + 1, last, localDot || domainDot, t.Bare))
                {
                    continue;
                }

                spelledDot = localDot || domainDot;
            }
            else if (t.Kind == Kind.Word && a > consumed && IsWrittenEmailHead(text, t)
                && a + 1 < tokens.Count && tokens[a + 1].Kind == Kind.Dot
                && TryDomain(text, tokens, a, out last, out spelledDot) && spelledDot
                && EndsInDomain(text, tokens, a, last, true, false))
            {
                first = a;
            }
            else
            {
                continue;
            }

            for (int k = first; k <= last; k++)
            {
                Token token = tokens[k];
                if (k > first && token.Start > tokens[k - 1].End)
                {
                    TextEdit.Add(ref edits, tokens[k - 1].End, token.Start, string.Empty);
                }

                if (token.Kind == Kind.At && (token.End - token.Start != 1 || text[token.Start] != '@'))
                {
                    TextEdit.Add(ref edits, token.Start, token.End, "@");
                }
                else if (token.Kind == Kind.Dot && (token.End - token.Start != 1 || text[token.Start] != '.'))
                {
                    TextEdit.Add(ref edits, token.Start, token.End, ".");
                }
            }

            consumed = last;
            a = last;
        }

        tokens.Clear();
    }

    /// <summary>The local part before an "at": words joined by dots, walking back from the marker.</summary>
    private static bool TryLocal(string text, List<Token> tokens, int at, int consumed, out int first, out bool spelledDot)
    {
        first = at - 1;
        spelledDot = false;
        if (first <= consumed || !IsLocalWord(text, tokens[first]) || !Adjacent(tokens[first], tokens[at]))
        {
            return false;
        }

        for (int labels = 0; labels < MaxLabels; labels++)
        {
            int dot = first - 1;
            int word = first - 2;
            if (word <= consumed || tokens[dot].Kind != Kind.Dot || !IsLocalWord(text, tokens[word])
                || !Adjacent(tokens[word], tokens[dot]) || !Adjacent(tokens[dot], tokens[first]))
            {
                break;
            }

            spelledDot = true;
            first = word;
        }

        return true;
    }

    /// <summary>The domain from <paramref name="from"/>: words joined by dots.</summary>
    private static bool TryDomain(string text, List<Token> tokens, int from, out int last, out bool spelledDot)
    {
        last = from;
        spelledDot = false;
        if (from >= tokens.Count || tokens[from].Kind != Kind.Word)
        {
            return false;
        }

        // After an "at" the first word is a domain label; after a real '@' ("john@gmail dot com") it is the head.
        if (from > 0 && tokens[from - 1].Kind == Kind.At && (!Adjacent(tokens[from - 1], tokens[from]) || !IsDomainWord(text, tokens[from])))
        {
            return false;
        }

        for (int labels = 0; labels < MaxLabels; labels++)
        {
            int dot = last + 1;
            int word = last + 2;
            if (word >= tokens.Count || tokens[dot].Kind != Kind.Dot || tokens[word].Kind != Kind.Word
                || !IsDomainWord(text, tokens[word]) || !Adjacent(tokens[last], tokens[dot]) || !Adjacent(tokens[dot], tokens[word]))
            {
                break;
            }

            spelledDot = true;
            last = word;
        }

        return true;
    }

    private static bool EndsInDomain(string text, List<Token> tokens, int from, int last, bool spelledDot, bool bareAt)
    {
        ReadOnlySpan<char> tail = text.AsSpan(tokens[last].Start, tokens[last].End - tokens[last].Start);
        int dotInTail = tail.LastIndexOf('.');
        bool hasDot = spelledDot || dotInTail >= 0;
        if (!hasDot)
        {
            return false;
        }

        ReadOnlySpan<char> tld = dotInTail >= 0 ? tail[(dotInTail + 1)..] : tail;
        if (!TopLevelDomains.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld))
        {
            return false;
        }

        if (bareAt && (IsStopWord(text, tokens[from]) || IsStopWord(text, tokens[last])))
        {
            // "we're at the dot com bubble": prose around a bare "at" is not an address.
            return false;
        }

        if (bareAt && !spelledDot)
        {
            ReadOnlySpan<char> head = text.AsSpan(tokens[from].Start, tokens[from].End - tokens[from].Start);
            int dot = head.IndexOf('.');
            if (dot >= 0)
            {
                head = head[..dot];
            }

            return MailProviders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(head);
        }

        return true;
    }

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "home", "work", "school",
        "night", "least", "once", "all", "el", "la", "los", "las", "un", "una", "mi", "su", "casa",
    ]);

    private static bool IsStopWord(string text, Token token) =>
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(token.Start, token.End - token.Start));

    private static bool Adjacent(Token left, Token right) => right.Start - left.End <= MaxGap;

    private static bool IsLocalWord(string text, Token token)
    {
        if (token.Kind != Kind.Word)
        {
            return false;
        }

        foreach (char c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDomainWord(string text, Token token)
    {
        foreach (char c in text.AsSpan(token.Start, token.End - token.Start))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"john@gmail" followed by a spelled dot: the '@' is real, the domain is written out.</summary>
    private static bool IsWrittenEmailHead(string text, Token token)
    {
        ReadOnlySpan<char> s = text.AsSpan(token.Start, token.End - token.Start);
        int at = s.IndexOf('@');
        return at > 0 && at < s.Length - 1 && s.LastIndexOf('@') == at && s[(at + 1)..].IndexOf('.') < 0;
    }

    private static bool HasAtMarker(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal))
        {
            return true;
        }

        return HasWord(text, "at") || HasWord(text, "arroba");
    }

    private static bool HasWord(string text, string word)
    {
        ReadOnlySpan<char> rest = text;
        int offset = 0;
        while (true)
        {
            int found = rest.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            int start = offset + found;
            int end = start + word.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            offset = start + 1;
            rest = text.AsSpan(offset);
        }
    }

    private static void Lex(string text, List<Token> tokens)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
                continue;
            }

            if (c is '(' or '[' or '{' or '<')
            {
                int end = MatchBracketMarker(text, i, out Kind kind);
                if (end > 0)
                {
                    tokens.Add(new Token(i, end, kind, false));
                    i = end;
                }
                else
                {
                    tokens.Add(new Token(i, i + 1, Kind.Break, false));
                    i++;
                }

                continue;
            }

            if (!IsEmailChar(c))
            {
                tokens.Add(new Token(i, i + 1, Kind.Break, false));
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsEmailChar(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> run = text.AsSpan(start, i - start);
            if (run is "@")
            {
                tokens.Add(new Token(start, i, Kind.At, false));
                continue;
            }

            if (run is ".")
            {
                tokens.Add(new Token(start, i, Kind.Dot, false));
                continue;
            }

            // Sentence punctuation after the address ("... dot com.") is not part of it.
            int wordEnd = i;
            while (wordEnd > start && text[wordEnd - 1] is '.' or '-' or ',')
            {
                wordEnd--;
            }

            if (wordEnd == start)
            {
                tokens.Add(new Token(start, i, Kind.Break, false));
                continue;
            }

            Kind wordKind = ClassifyWord(text.AsSpan(start, wordEnd - start));
            tokens.Add(new Token(start, wordEnd, wordKind, wordKind != Kind.Word));
            if (wordEnd < i)
            {
                tokens.Add(new Token(wordEnd, i, Kind.Break, false));
            }
        }
    }

    private static Kind ClassifyWord(ReadOnlySpan<char> word)
    {
        if (word.Equals("at", StringComparison.OrdinalIgnoreCase) || word.Equals("arroba", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.At;
        }

        if (word.Equals("dot", StringComparison.OrdinalIgnoreCase) || word.Equals("punto", StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Dot;
        }

        return Kind.Word;
    }

    /// <summary>"(at)", "[ dot ]", "{arroba}"...; returns the end index, or -1.</summary>
    private static int MatchBracketMarker(string text, int open, out Kind kind)
    {
        kind = Kind.Break;
        int i = open + 1;
        while (i < text.Length && i - open <= 3 && text[i] == ' ')
        {
            i++;
        }

        int wordStart = i;
        while (i < text.Length && i - wordStart < 7 && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        int wordEnd = i;
        while (i < text.Length && i - wordEnd < 3 && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not (')' or ']' or '}' or '>'))
        {
            return -1;
        }

        kind = ClassifyWord(text.AsSpan(wordStart, wordEnd - wordStart));
        return kind == Kind.Word ? -1 : i + 1;
    }

    private static bool IsEmailChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '@' or ',';
}
