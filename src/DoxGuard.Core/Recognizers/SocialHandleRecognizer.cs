using System.Collections.Frozen;
using System.Text.RegularExpressions;
using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Recognizers;

/// <summary>
/// Finds social-media handles: "@name" (X/Twitter, Instagram, TikTok, Telegram, Threads), a handle after a
/// platform label ("IG: name", "snap: name", "discord: name#1234", "tiktok: @name"), Reddit's "u/name" and the
/// handle part of Telegram links (t.me/name). Spans hold the handle as written: with its "@" or "u/" when the
/// post used one, without the label or the link.
/// </summary>
/// <remarks>
/// Emails ("a@b.com"), times and places after "@" ("@ 5pm", "@5pm", "@ the store") and code annotations
/// ("@Override", "@param", "@app.route(") are not handles. Annotations are excluded on purpose: a post quoting
/// code names no person, and an account really called "@Override" is rare enough to lose.
/// </remarks>
internal sealed partial class SocialHandleRecognizer : EntityRecognizer
{
    private const int MaxHandleLength = 30;

    // Well-known annotations and doc tags of Java, C#, Python, TypeScript, CSS and JSDoc (case-sensitive).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CodeAnnotations = Words(StringComparer.Ordinal,
    [
        "Override", "Deprecated", "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Test", "Before", "After",
        "BeforeEach", "AfterEach", "BeforeAll", "AfterAll", "Autowired", "Bean", "Component", "Service", "Repository",
        "Controller", "RestController", "Entity", "Table", "Column", "Id", "Transactional", "Configuration",
        "GetMapping", "PostMapping", "PutMapping", "DeleteMapping", "RequestMapping", "PathVariable", "RequestBody",
        "Injectable", "NgModule", "Input", "Output", "HostListener", "ViewChild", "Nullable", "NonNull", "Inject",
        "param", "return", "returns", "throws", "author", "since", "see", "link", "deprecated", "inheritdoc", "type",
        "typedef", "property", "staticmethod", "classmethod", "dataclass", "abstractmethod", "pytest", "override",
        "media", "import", "keyframes", "supports", "font", "apply", "tailwind", "extend", "mixin", "include", "use",
        "forward", "Html", "model", "page", "using", "section", "code", "functions", "inject", "implements",
    ]);

    // "@" followed by one of these is English for "at" ("@ the store", "@home", "@noon"), not an account.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AtWords = Words(StringComparer.OrdinalIgnoreCase,
    [
        "the", "a", "an", "home", "work", "school", "noon", "night", "midnight", "least", "all", "once", "my",
        "your", "his", "her", "our", "their", "this", "that", "me", "you", "him", "them", "us", "it", "here",
        "there", "everyone", "mention", "mentions", "someone", "la", "el", "los", "las", "mi", "tu", "su",
    ]);

    // The last word of every platform label of LabeledRegex ("tik tok" and "cash app" end in "tok" and "app").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LabelEnds = Words(StringComparer.OrdinalIgnoreCase,
    [
        "ig", "insta", "instagram", "snap", "snapchat", "tiktok", "tok", "twitter", "telegram", "tg", "discord",
        "threads", "bluesky", "bsky", "kik", "twitch", "reddit", "venmo", "app", "cashapp", "onlyfans", "facebook",
        "fb", "mastodon", "youtube",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholders = Words(StringComparer.OrdinalIgnoreCase,
    [
        "none", "na", "private", "same", "below", "above", "dm", "ask", "soon", "link", "bio", "pending", "no", "yes",
    ]);

    /// <inheritdoc />
    public override string Name => "SocialHandleRecognizer";

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words(IEqualityComparer<string> comparer, params ReadOnlySpan<string> words) =>
        FrozenSet.Create(comparer, words).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <inheritdoc />
    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.SocialHandle];

    /// <inheritdoc />
    public override IEnumerable<RecognizerExample> Examples { get; } =
    [
        new("follow her @dan_kwiat99 for updates", EntityType.SocialHandle, "@dan_kwiat99"),
        new("his insta is @daniel.k.photos.", EntityType.SocialHandle, "@daniel.k.photos"),
        new("IG: danny.kwiat", EntityType.SocialHandle, "danny.kwiat"),
        new("snap: dkwiat85", EntityType.SocialHandle, "dkwiat85"),
        new("tiktok: @dannyk", EntityType.SocialHandle, "@dannyk"),
        new("found him on reddit as u/throwaway_cop_77", EntityType.SocialHandle, "u/throwaway_cop_77"),
        new("discord: kwiat#4821", EntityType.SocialHandle, "kwiat#4821"),
        new("his channel is t.me/dkwiat_news", EntityType.SocialHandle, "dkwiat_news"),
        new("Telegram: @kwiat_ops", EntityType.SocialHandle, "@kwiat_ops"),
        new("write to dan@example.com", EntityType.SocialHandle, null),
        new("meet @ 5pm", EntityType.SocialHandle, null),
        new("see you @5pm", EntityType.SocialHandle, null),
        new("we're @ the store", EntityType.SocialHandle, null),
        new("@Override public String toString()", EntityType.SocialHandle, null),
        new("IG: none", EntityType.SocialHandle, null),
        new("the menu/pasta page", EntityType.SocialHandle, null),
    ];

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        string text = context.Text;

        if (context.Traits.HasAt)
        {
            FindAtHandles(text, results);
        }

        if ((context.Traits.HasColon || text.Contains('=')) && HasLabelBeforeSeparator(text))
        {
            foreach (Match match in LabeledRegex().Matches(text))
            {
                Group handle = match.Groups["h"];
                if (IsPlausible(handle.ValueSpan.TrimStart('@')) && !Placeholders.Contains(handle.ValueSpan))
                {
                    int end = TrimEnd(text, handle.Index, handle.Index + handle.Length);
                    results.Add(new RecognizerResult(EntityType.SocialHandle, handle.Index, end, 0.9, "handle after a platform label"));
                }
            }
        }

        if (context.Traits.HasSlash && text.Contains("u/", StringComparison.Ordinal))
        {
            foreach (Match match in RedditRegex().Matches(text))
            {
                Group handle = match.Groups["h"];
                results.Add(new RecognizerResult(EntityType.SocialHandle, handle.Index, handle.Index + handle.Length, 0.85, "Reddit user name"));
            }
        }

        if (context.Traits.HasSlash && context.Traits.HasDot && HasTelegramHost(text))
        {
            foreach (Match match in TelegramLinkRegex().Matches(text))
            {
                Group handle = match.Groups["h"];
                results.Add(new RecognizerResult(EntityType.SocialHandle, handle.Index, handle.Index + handle.Length, 0.85, "Telegram link"));
            }
        }
    }

    // text.Contains(".me/", OrdinalIgnoreCase), asked only at each '/': a case-insensitive search of the whole post
    // costs more than the rest of the recognizer on posts with links.
    private static bool HasTelegramHost(string text)
    {
        ReadOnlySpan<char> span = text;
        int slash = span.IndexOf('/');
        while (slash >= 0)
        {
            if (slash >= 3 && span[slash - 3] == '.' && span.Slice(slash - 3, 4).Equals(".me/", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            int next = span[(slash + 1)..].IndexOf('/');
            slash = next < 0 ? -1 : slash + 1 + next;
        }

        return false;
    }

    // A label match ends with a platform word right before optional spaces and ':' or '='. Checking the word
    // before each separator rules out most posts ("https:", "10:30", "a=b") without running the regex; it only
    // answers "maybe", and the regex decides.
    private static bool HasLabelBeforeSeparator(string text)
    {
        ReadOnlySpan<char> span = text;
        int from = 0;
        while (true)
        {
            int found = span[from..].IndexOfAny(':', '=');
            if (found < 0)
            {
                return false;
            }

            int sep = from + found;
            int end = sep;
            while (end > 0 && char.IsWhiteSpace(span[end - 1]))
            {
                end--;
            }

            int start = end;
            while (start > 0 && char.IsAsciiLetter(span[start - 1]))
            {
                start--;
            }

            if (end > start && LabelEnds.Contains(span[start..end]))
            {
                return true;
            }

            from = sep + 1;
        }
    }

    private static void FindAtHandles(string text, ICollection<RecognizerResult> results)
    {
        int at = text.IndexOf('@');
        while (at >= 0)
        {
            int next = at + 1;
            bool glued = at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '_' or '-' or '+' or '@');
            int end = next;
            while (end < text.Length && end - next < MaxHandleLength + 1 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
            {
                end++;
            }

            end = TrimEnd(text, next, end);
            ReadOnlySpan<char> handle = text.AsSpan(next, end - next);
            bool email = end < text.Length && text[end] == '@';
            bool tooLong = end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_');
            bool call = end < text.Length && text[end] == '(';
            if (!glued && !email && !tooLong && !call && handle.Length > 0 && IsPlausible(handle)
                && !LooksLikeDomain(handle)
                && !CodeAnnotations.Contains(handle)
                && !AtWords.Contains(handle))
            {
                results.Add(new RecognizerResult(EntityType.SocialHandle, at, end, 0.85, "@handle"));
            }

            at = text.IndexOf('@', Math.Max(end, next));
        }
    }

    // "@5pm", "@10:30", "@1234": times and numbers are not accounts; a handle needs a letter.
    private static bool IsPlausible(ReadOnlySpan<char> handle)
    {
        if (handle.Length is 0 or > MaxHandleLength + 6)
        {
            return false;
        }

        bool letter = false;
        foreach (char c in handle)
        {
            letter |= char.IsAsciiLetter(c);
        }

        if (!letter)
        {
            return false;
        }

        int digits = 0;
        while (digits < handle.Length && char.IsAsciiDigit(handle[digits]))
        {
            digits++;
        }

        ReadOnlySpan<char> rest = handle[digits..];
        return !(digits > 0 && (rest.Equals("am", StringComparison.OrdinalIgnoreCase) || rest.Equals("pm", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("h", StringComparison.OrdinalIgnoreCase) || rest.Equals("hrs", StringComparison.OrdinalIgnoreCase)));
    }

    // "@example.com" is a domain (often the tail of an email that was split); handles with dots rarely end in a TLD.
    private static bool LooksLikeDomain(ReadOnlySpan<char> handle)
    {
        int dot = handle.LastIndexOf('.');
        ReadOnlySpan<char> tld = handle[(dot + 1)..];
        return tld is "com" or "net" or "org" or "edu" or "gov" or "io" or "mx" or "es" or "co" or "uk";
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '.' or '-')
        {
            end--;
        }

        return end;
    }

    // A platform label, a colon or equals sign, then the handle (with an optional "@" and, for Discord, "#1234").
    [GeneratedRegex(
        @"\b(?:ig|insta|instagram|snap|snapchat|tiktok|tik\s?tok|twitter|telegram|tg|discord|threads|bluesky|bsky|kik|twitch|reddit|venmo|cash\s?app|onlyfans|facebook|fb|mastodon|youtube)\s*[:=]\s*(?<h>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,31}(?:#\d{4})?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LabeledRegex();

    [GeneratedRegex(
        @"(?:\b|/)(?<h>u/[A-Za-z0-9_-]{3,20})\b",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex RedditRegex();

    [GeneratedRegex(
        @"\b(?:t|telegram)\.me/(?<h>[A-Za-z0-9_]{4,32})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex TelegramLinkRegex();
}
