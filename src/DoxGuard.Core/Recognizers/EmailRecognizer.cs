using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers;

/// <summary>
/// E-mail addresses (local@domain.tld), found by expanding outwards from each '@', so a post without one costs a
/// single vectorized search. Addresses without a dotted domain ("user@localhost", "a@b") are not reported: they
/// cannot be written to from the internet and in posts they are configuration or code, not a way to reach a person.
/// </summary>
internal sealed class EmailRecognizer : EntityRecognizer
{
    private const int MaxLocal = 64;
    private const int MaxDomain = 253;

    // "logo@2x.png" is a file name whose extension happens to be a TLD or not; these never end a real address.
    private static readonly HashSet<string> FileExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "pdf", "txt", "js", "ts", "css", "html", "htm",
        "json", "xml", "zip", "gz", "tar", "mp3", "mp4", "mov", "avi", "webm", "doc", "docx", "xls", "xlsx", "csv",
        "exe", "dll", "md", "py", "cs", "java", "rb", "go", "rs", "php", "heic", "tiff", "psd",
    };

    public override string Name => "email";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.EmailAddress];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        if (!context.Traits.HasAt)
        {
            return;
        }

        int at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            int next = TryAt(text, at, results);
            at = next < text.Length ? text.IndexOf('@', next) : -1;
        }
    }

    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'' || (c > 127 && char.IsLetterOrDigit(c));

    private static bool IsDomainChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '-' || (c > 127 && char.IsLetterOrDigit(c));

    // Returns where to search for the next '@'.
    private static int TryAt(string text, int at, ICollection<RecognizerResult> results)
    {
        int start = at;
        while (start > 0 && at - start < MaxLocal && IsLocalChar(text[start - 1]))
        {
            start--;
        }

        // A local part longer than the RFC allows is not an address, however it ends.
        if (start > 0 && IsLocalChar(text[start - 1]))
        {
            return at + 1;
        }

        // Quotes and dots that open a sentence ("'john@x.com'") are punctuation, not the address.
        while (start < at && text[start] is '.' or '\'' or '-')
        {
            start++;
        }

        int end = at + 1;
        while (end < text.Length && end - at <= MaxDomain && IsDomainChar(text[end]))
        {
            end++;
        }

        int next = end;
        while (end > at + 1 && text[end - 1] is '.' or '-')
        {
            end--;
        }

        if (start == at || end == at + 1 || (start > 0 && text[start - 1] == '@') || (next < text.Length && text[next] == '@'))
        {
            return next;
        }

        ReadOnlySpan<char> local = text.AsSpan(start, at - start);
        ReadOnlySpan<char> domain = text.AsSpan(at + 1, end - at - 1);
        if (local.Contains("..", StringComparison.Ordinal) || local[^1] == '.' || !IsValidDomain(domain))
        {
            return next;
        }

        string address = text[start..end];
        results.Add(new RecognizerResult(EntityType.EmailAddress, start, end, 0.95, "e-mail address", address.ToLowerInvariant()));
        return next;
    }

    private static bool IsValidDomain(ReadOnlySpan<char> domain)
    {
        int lastDot = domain.LastIndexOf('.');
        if (lastDot <= 0)
        {
            return false;
        }

        ReadOnlySpan<char> tld = domain[(lastDot + 1)..];
        bool punycode = tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase);
        if (tld.Length < 2 || (!punycode && !IsAllLetters(tld)) || FileExtensions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tld))
        {
            return false;
        }

        foreach (Range r in domain.Split('.'))
        {
            ReadOnlySpan<char> label = domain[r];
            if (label.IsEmpty || label.Length > 63 || label[0] == '-' || label[^1] == '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("email him at john.smith@gmail.com today", EntityType.EmailAddress, "john.smith@gmail.com"),
        new("Contact: Maria_Lopez+news@Correo.Example.MX.", EntityType.EmailAddress, "Maria_Lopez+news@Correo.Example.MX"),
        new("(jane-doe@yahoo.co.uk)", EntityType.EmailAddress, "jane-doe@yahoo.co.uk"),
        new("su correo es pepe.perez@hotmail.es, escríbanle", EntityType.EmailAddress, "pepe.perez@hotmail.es", "es"),
        new("mailto:ops@city-hall.gov", EntityType.EmailAddress, "ops@city-hall.gov"),
        new("follow @johnsmith on here", EntityType.EmailAddress, null),
        new("ssh user@localhost to test", EntityType.EmailAddress, null),
        new("a@b is not an address", EntityType.EmailAddress, null),
        new("use logo@2x.png for retina", EntityType.EmailAddress, null),
        new("@@@@ @.@ x@.com x@com.", EntityType.EmailAddress, null),
        new("meet @ 5pm at the park", EntityType.EmailAddress, null),
    ];
}
