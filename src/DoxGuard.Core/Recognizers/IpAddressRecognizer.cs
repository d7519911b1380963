using System.Net;
using System.Net.Sockets;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers;

/// <summary>
/// IPv4 addresses (exactly four dotted octets, each 0-255 without leading zeros, not a version number) and IPv6
/// addresses, full or compressed. IPv6 candidates are hex-and-colon tokens checked by
/// <see cref="IPAddress.TryParse(ReadOnlySpan{char}, out IPAddress?)"/>; clock times ("10:30", "10:30:45") and MAC
/// addresses are not valid IPv6 text, so they fall out there. Loopback and unspecified addresses identify nobody.
/// </summary>
internal sealed class IpAddressRecognizer : EntityRecognizer
{
    private const int MaxIpv6Length = 45;
    private const double CueBoost = 0.1;

    private static readonly Func<string, int, int, bool> DotGap = static (text, from, to) => to - from == 1 && text[from] == '.';

    private static readonly CueWords Cues = new("ip", "ip address", "ipv4", "ipv6", "dirección ip", "direccion ip", "host", "server", "servidor", "router", "vpn", "geolocate", "lives at");

    // "version 1.2.3.4", "section 1.2.3.4": dotted numbers that are labels, not addresses.
    private static readonly CueWords VersionCues = new(
        "version", "versión", "version:", "ver", "ver.", "v", "v.", "build", "release", "firmware", "update", "patch",
        "section", "sección", "seccion", "chapter", "capítulo", "paragraph", "rule", "art.", "artículo", "§");

    public override string Name => "ip-address";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.IpAddress];

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        if (!context.Traits.HasDigit && !context.Traits.HasColon)
        {
            return;
        }

        if (context.Traits.HasDot)
        {
            FindIpv4(text, results);
        }

        if (context.Traits.HasColon)
        {
            FindIpv6(text, results);
        }
    }

    private static void FindIpv4(string text, ICollection<RecognizerResult> results)
    {
        if (!text.Contains('.', StringComparison.Ordinal))
        {
            return;
        }

        List<DigitGroup> groups = DigitRuns.ThreadGroups();
        int i = text.AsSpan().IndexOfAnyInRange('0', '9');
        while (i >= 0)
        {
            int end = DigitRuns.Collect(text, i, groups, 1, DotGap);
            if (groups.Count == 4 && OctetsOk(text, groups) && BoundariesOk(text, i, end))
            {
                Report(text, i, end, results);
            }

            int next = end < text.Length ? text.AsSpan(end).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : end + next;
        }
    }

    private static bool OctetsOk(string text, List<DigitGroup> groups)
    {
        foreach (DigitGroup g in groups)
        {
            if (g.Length > 3 || (g.Length > 1 && text[g.Start] == '0') || int.Parse(text.AsSpan(g.Start, g.Length)) > 255)
            {
                return false;
            }
        }

        return true;
    }

    private static bool BoundariesOk(string text, int start, int end)
    {
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '_'))
        {
            return false;
        }

        // The dotted tail of an IPv6 address ("::ffff:192.0.2.128") is reported with its IPv6 address.
        if (start > 0 && text[start - 1] == ':')
        {
            int colons = 0;
            for (int k = start - 1; k >= 0 && start - k <= MaxIpv6Length && IsV6Char(text[k]); k--)
            {
                colons += text[k] == ':' ? 1 : 0;
            }

            if (colons >= 2)
            {
                return false;
            }
        }

        return end >= text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_' || (text[end] == '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1])));
    }

    private static void Report(string text, int start, int end, ICollection<RecognizerResult> results)
    {
        if (!IPAddress.TryParse(text.AsSpan(start, end - start), out IPAddress? address))
        {
            return;
        }

        if (VersionCues.FindIn(text, Math.Max(0, start - 12), start) is not null)
        {
            return;
        }

        bool nobody = IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.Broadcast)
            || address.Equals(IPAddress.IPv6Any);
        double score = nobody ? 0.3 : address.AddressFamily == AddressFamily.InterNetwork ? 0.85 : 0.9;
        string explanation = address.AddressFamily == AddressFamily.InterNetwork ? "IPv4 address" : "IPv6 address";
        string? cue = Cues.FindNear(text, start, end, 24, 0);
        if (cue is not null && !nobody)
        {
            score = Math.Min(0.99, score + CueBoost);
            explanation += $" with a '{cue}' cue";
        }

        results.Add(new RecognizerResult(EntityType.IpAddress, start, end, score, explanation, address.ToString()));
    }

    private static bool IsV6Char(char c) => char.IsAsciiHexDigit(c) || c is ':' or '.';

    private static void FindIpv6(string text, ICollection<RecognizerResult> results)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        while (colon >= 0)
        {
            int start = colon;
            while (start > 0 && IsV6Char(text[start - 1]))
            {
                start--;
            }

            int end = colon + 1;
            while (end < text.Length && IsV6Char(text[end]))
            {
                end++;
            }

            int next = end;
            while (end > start && text[end - 1] == '.')
            {
                end--;
            }

            // "fe80::1:" ends a clause with a colon; a leading or trailing single ':' is punctuation.
            if (end - start > 2 && text[end - 1] == ':' && text[end - 2] != ':')
            {
                end--;
            }

            if (start < end && text[start] == ':' && end - start > 1 && text[start + 1] != ':')
            {
                start++;
            }

            if (IsIpv6Candidate(text, start, end))
            {
                Report(text, start, end, results);
            }

            colon = next < text.Length ? text.IndexOf(':', next) : -1;
        }
    }

    private static bool IsIpv6Candidate(string text, int start, int end)
    {
        int length = end - start;
        if (length < 3 || length > MaxIpv6Length)
        {
            return false;
        }

        ReadOnlySpan<char> token = text.AsSpan(start, length);
        int colons = token.Count(':');
        if (colons < 2 || (colons < 7 && !token.Contains("::", StringComparison.Ordinal)))
        {
            return false;
        }

        bool letterBefore = start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_');
        bool letterAfter = end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_');
        return !letterBefore && !letterAfter
            && IPAddress.TryParse(token, out IPAddress? address) && address.AddressFamily == AddressFamily.InterNetworkV6;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("his IP is 73.162.44.201 lol", EntityType.IpAddress, "73.162.44.201"),
        new("logged from 192.168.1.20:8080 last night", EntityType.IpAddress, "192.168.1.20"),
        new("su IP: 187.190.12.5.", EntityType.IpAddress, "187.190.12.5", "es"),
        new("v6 2001:0db8:85a3:0000:0000:8a2e:0370:7334 leaked", EntityType.IpAddress, "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
        new("address 2001:db8::8a2e:370:7334, home", EntityType.IpAddress, "2001:db8::8a2e:370:7334"),
        new("link-local fe80::1ff:fe23:4567:890a", EntityType.IpAddress, "fe80::1ff:fe23:4567:890a"),
        new("update to 1.2.3 today", EntityType.IpAddress, null),
        new("release v1.2.3.4 is out", EntityType.IpAddress, null),
        new("running version 1.2.3.4 now", EntityType.IpAddress, null),
        new("meet at 10:30 or 10:30:45", EntityType.IpAddress, null),
        new("octets 256.1.1.1 and 1.1.1.1.1", EntityType.IpAddress, null),
        new("MAC 00:1A:2B:3C:4D:5E", EntityType.IpAddress, null),
        new("std::vector and Foo::Bar", EntityType.IpAddress, null),
        new("coords 41.77812, -87.70123", EntityType.IpAddress, null),
        new("localhost 127.0.0.1 only", EntityType.IpAddress, null),
    ];
}
