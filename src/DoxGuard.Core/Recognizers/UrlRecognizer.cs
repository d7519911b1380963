using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers;

/// <summary>
/// Web addresses: scheme URLs (http, https, ftp and the defanged hxxp), "www." hosts, and bare domains whose
/// top-level domain is a real, common one. TLDs that are also file extensions or short words (".md", ".py", ".it",
/// ".me") count only with a path, so "readme.md" or "love.it" are not links. E-mail domains are left to the e-mail
/// recognizer, and the coordinates of a map link are left to the coordinates recognizer.
/// </summary>
internal sealed class UrlRecognizer : EntityRecognizer
{
    private static readonly HashSet<string> StrongTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "io", "co", "uk", "ca", "mx", "es", "ar", "cl",
        "pe", "br", "de", "fr", "nl", "eu", "au", "nz", "ch", "se", "dk", "fi", "ie", "pt", "ru", "cn", "jp", "kr",
        "tw", "hk", "sg", "za", "xyz", "online", "site", "app", "dev", "tech", "store", "shop", "blog", "news", "live",
        "tv", "fm", "gg", "ly", "lat", "link", "page", "social", "club", "top", "cc", "ws", "ve", "ec", "gt", "cr",
        "pa", "uy", "bo", "hn", "ni", "sv", "cu", "pr", "il", "gob", "onion", "website", "space", "world", "today",
        "media", "network", "email", "cloud", "icu", "vip", "wtf", "lol", "fun", "one", "org.mx",
    };

    private static readonly HashSet<string> WeakTlds = new(StringComparer.OrdinalIgnoreCase)
    {
        "me", "to", "us", "in", "it", "is", "be", "at", "no", "so", "do", "am", "my", "ai", "py", "md", "sh", "rs",
        "pl", "la", "ms", "gl", "cat", "ac", "ag", "by", "id", "im", "ph", "st", "tk", "ml", "ga", "cf", "sx", "fyi",
    };

    private static readonly string[] MapMarkers = ["@", "q=", "ll=", "query=", "center=", "destination=", "daddr="];

    public override string Name => "url";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.Url];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        if (!context.Traits.HasDot)
        {
            return;
        }

        // Every URL the recognizer reports has a dot in its host, so only the tokens around dots are looked at.
        int i = 0;
        while (i < text.Length)
        {
            int dot = text.IndexOf('.', i);
            if (dot < 0)
            {
                return;
            }

            int start = dot;
            while (start > i && HostChars.Contains(text[start - 1]))
            {
                start--;
            }

            while (start < dot && !char.IsAsciiLetterOrDigit(text[start]))
            {
                start++;
            }

            if (start >= 3 && text.AsSpan(start - 3, 3).SequenceEqual("://"))
            {
                int scheme = start - 3;
                while (scheme > 0 && scheme > start - 9 && char.IsAsciiLetter(text[scheme - 1]))
                {
                    scheme--;
                }

                if (scheme < start - 3 && scheme >= i)
                {
                    start = scheme;
                }
            }

            i = start < dot ? Math.Max(ScanFrom(text, start, results), dot + 1) : dot + 1;
        }
    }

    private static readonly System.Buffers.SearchValues<char> HostChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-");

    private static bool IsUrlChar(char c) =>
        !char.IsWhiteSpace(c) && c is not ('<' or '>' or '"' or '`' or '{' or '}' or '|' or '\\' or '^');

    // Scans the token at i (a letter or digit, or a non-ASCII char) and returns where scanning continues.
    private static int ScanFrom(string text, int i, ICollection<RecognizerResult> results)
    {
        if (!char.IsAsciiLetterOrDigit(text[i]))
        {
            return i + 1;
        }

        int hostEnd = i + (text.AsSpan(i).IndexOfAnyExcept(HostChars) is var n and >= 0 ? n : text.Length - i);

        // Scheme URL: "https://..." (the token before "://" is the scheme).
        if (hostEnd + 3 <= text.Length && text.AsSpan(hostEnd).StartsWith("://", StringComparison.Ordinal) && IsScheme(text.AsSpan(i, hostEnd - i)))
        {
            int bodyStart = hostEnd + 3;
            int end = UrlEnd(text, bodyStart);
            if (end > bodyStart && char.IsLetterOrDigit(text[bodyStart]))
            {
                results.Add(new RecognizerResult(EntityType.Url, i, end, 0.95, "web address"));
            }

            return Math.Max(end, bodyStart);
        }

        bool afterAt = i > 0 && text[i - 1] is '@' or '.' or '/' or '_' or ':';
        bool beforeAt = hostEnd < text.Length && text[hostEnd] == '@';
        if (afterAt || beforeAt || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return hostEnd + 1;
        }

        int trimmedHostEnd = hostEnd;
        while (trimmedHostEnd > i && text[trimmedHostEnd - 1] is '.' or '-')
        {
            trimmedHostEnd--;
        }

        ReadOnlySpan<char> host = text.AsSpan(i, trimmedHostEnd - i);
        bool www = host.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        int lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || !LabelsOk(host))
        {
            return hostEnd + 1;
        }

        ReadOnlySpan<char> tld = host[(lastDot + 1)..];
        bool strong = StrongTlds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld);
        bool weak = !strong && WeakTlds.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld);
        bool hasPath = trimmedHostEnd == hostEnd && hostEnd + 1 < text.Length && text[hostEnd] is '/' or ':' or '?' && IsUrlChar(text[hostEnd + 1]) && text[hostEnd + 1] != '/';
        bool hasSlash = trimmedHostEnd == hostEnd && hostEnd < text.Length && text[hostEnd] == '/';
        if (!(strong || (weak && (www || hasPath))) || (www && host.Count('.') < 2))
        {
            return hostEnd + 1;
        }

        int spanEnd = hasPath || hasSlash ? UrlEnd(text, hostEnd) : trimmedHostEnd;
        double score = www ? 0.9 : hasPath ? 0.85 : 0.75;
        results.Add(new RecognizerResult(EntityType.Url, i, spanEnd, score, www ? "web address" : "domain name"));
        return Math.Max(spanEnd, hostEnd);
    }

    private static bool IsScheme(ReadOnlySpan<char> s) =>
        s.Equals("http", StringComparison.OrdinalIgnoreCase) || s.Equals("https", StringComparison.OrdinalIgnoreCase)
        || s.Equals("ftp", StringComparison.OrdinalIgnoreCase) || s.Equals("hxxp", StringComparison.OrdinalIgnoreCase)
        || s.Equals("hxxps", StringComparison.OrdinalIgnoreCase);

    private static bool LabelsOk(ReadOnlySpan<char> host)
    {
        int labels = 0;
        foreach (Range r in host.Split('.'))
        {
            ReadOnlySpan<char> label = host[r];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }

            labels++;
        }

        // The TLD must be letters, so "v1.2" and "3.14" are not hosts.
        int lastDot = host.LastIndexOf('.');
        foreach (char c in host[(lastDot + 1)..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return labels >= 2;
    }

    // The end of a URL body starting at from: up to whitespace, minus trailing punctuation and unbalanced closers,
    // and cut before map coordinates, which belong to the coordinates recognizer.
    private static int UrlEnd(string text, int from)
    {
        int end = from;
        while (end < text.Length && IsUrlChar(text[end]))
        {
            end++;
        }

        int coordinates = MapCoordinatesAt(text, from, end);
        if (coordinates >= 0)
        {
            return coordinates;
        }

        while (end > from)
        {
            char c = text[end - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '*')
            {
                end--;
            }
            else if (c is ')' or ']')
            {
                char open = c == ')' ? '(' : '[';
                ReadOnlySpan<char> body = text.AsSpan(from, end - from);
                if (body.Count(open) >= body.Count(c))
                {
                    break;
                }

                end--;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    // Where "@41.77812,-87.70123" or "q=41.77812,-87.70123" starts, returned as the end of the marker; -1 if none.
    private static int MapCoordinatesAt(string text, int from, int end)
    {
        ReadOnlySpan<char> body = text.AsSpan(from, end - from);
        foreach (string marker in MapMarkers)
        {
            int offset = 0;
            while (offset < body.Length)
            {
                int hit = body[offset..].IndexOf(marker, StringComparison.Ordinal);
                if (hit < 0)
                {
                    break;
                }

                int after = offset + hit + marker.Length;
                if (after < body.Length && (char.IsAsciiDigit(body[after]) || (body[after] == '-' && after + 1 < body.Length && char.IsAsciiDigit(body[after + 1]))))
                {
                    return from + after;
                }

                offset = after;
            }
        }

        return -1;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("his blog is https://example.com/about?id=7 check it", EntityType.Url, "https://example.com/about?id=7"),
        new("(see http://news.example.org/a_(b))", EntityType.Url, "http://news.example.org/a_(b)"),
        new("go to www.example.net.", EntityType.Url, "www.example.net"),
        new("her page: example.com/abc, go", EntityType.Url, "example.com/abc"),
        new("bit.ly/3xYz9 has the list", EntityType.Url, "bit.ly/3xYz9"),
        new("visita miperfil.mx para más", EntityType.Url, "miperfil.mx", "es"),
        new("https://www.google.com/maps/@41.77812,-87.70123,17z", EntityType.Url, "https://www.google.com/maps/@"),
        new("e.g. this and i.e. that", EntityType.Url, null),
        new("open file.txt and readme.md", EntityType.Url, null),
        new("upgrade to v1.2 or 3.14", EntityType.Url, null),
        new("ask Mr.Smith about it", EntityType.Url, null),
        new("write to john.smith@gmail.com", EntityType.Url, null),
        new("end of a sentence.Then another", EntityType.Url, null),
        new("we love.it so much", EntityType.Url, null),
    ];
}
