using System.Globalization;
using System.Text.Json;

namespace DoxGuard.Benchmarks;

/// <summary>
/// Deterministic fictional protected-person records for registry scale runs: each has a name, a relative, a home
/// address, a phone, an email and a plate, all distinct across records. Record 0 holds the details the synthetic
/// posts use, so a scan with the registry does match some posts.
/// </summary>
internal static class SyntheticRecords
{
    private static readonly string[] First = ["Daniel", "Maria", "James", "Lucia", "Robert", "Ana", "Michael", "Sofia", "David", "Elena", "Priya", "Omar", "Grace", "Tomás", "Hannah", "Wei"];
    private static readonly string[] Last = ["Kwiatkowski", "García", "Johnson", "Hernández", "Miller", "López", "Davis", "Martínez", "Wilson", "Pérez", "Raman", "Okafor", "Nguyen", "Schmidt", "Rossi", "Kowalczyk"];
    private static readonly string[] Streets = ["Kilbourn", "Magnolia", "Ridgeway", "Oak", "Maple", "Cedar", "Lincoln", "Washington", "Pulaski", "Cicero", "Western", "Halsted", "Elm", "Park", "Lake", "Hill"];
    private static readonly string[] Suffixes = ["Ave", "St", "Dr", "Ln", "Blvd", "Ct", "Rd", "Pl"];
    private static readonly string[] Places = ["Chicago IL 60629", "Springfield IL 62704", "Austin TX 78704", "New York NY 10019", "Denver CO 80205", "Phoenix AZ 85004", "Seattle WA 98109", "Miami FL 33125"];

    public static IEnumerable<string> Generate(int count, int seed = 4)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            if (i == 0)
            {
                yield return """{"id":"r0","names":["Daniel Kwiatkowski"],"addresses":["6120 S Kilbourn Ave, Chicago IL 60629"],"phones":["773-555-0143"],"emails":["dkwiat@example.com"],"plates":["IL DV43317"],"relatives":["Marta Kwiatkowski"]}""";
                continue;
            }

            string first = First[random.Next(First.Length)];
            string last = Last[random.Next(Last.Length)] + (i % 97 == 0 ? string.Empty : Suffix(i));
            string address = string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(1, 99999)} {(random.Next(3) == 0 ? "N " : string.Empty)}{Streets[random.Next(Streets.Length)]}{Suffix(i / 7)} {Suffixes[random.Next(Suffixes.Length)]}, {Places[random.Next(Places.Length)]}");
            string phone = string.Create(CultureInfo.InvariantCulture, $"+1{random.Next(201, 990)}{random.Next(200, 1000)}{i % 10000:D4}");
            string plate = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{i:D6}");
            using var buffer = new MemoryStream(256);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteString("id", string.Create(CultureInfo.InvariantCulture, $"r{i}"));
                WriteArray(json, "names", $"{first} {last}");
                WriteArray(json, "addresses", address);
                WriteArray(json, "phones", phone);
                WriteArray(json, "emails", string.Create(CultureInfo.InvariantCulture, $"{first.ToLowerInvariant()}.{i}@example.com"));
                WriteArray(json, "plates", plate);
                WriteArray(json, "relatives", First[random.Next(First.Length)]);
                json.WriteEndObject();
            }

            yield return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
    }

    public static void WriteJsonLines(string path, int count)
    {
        using var writer = new StreamWriter(path);
        foreach (string line in Generate(count))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Letters that make names and streets distinct across records ("Millerab").</summary>
    private static string Suffix(int n) => n == 0 ? string.Empty : string.Concat((char)('a' + (n % 26)), (char)('a' + (n / 26 % 26)), (char)('a' + (n / 676 % 26)));

    private static void WriteArray(Utf8JsonWriter json, string name, string value)
    {
        json.WriteStartArray(name);
        json.WriteStringValue(value);
        json.WriteEndArray();
    }
}

/// <summary>Feeds generated lines to an import without holding them all in memory.</summary>
internal sealed class LinesReader(IEnumerable<string> lines) : TextReader
{
    private readonly IEnumerator<string> _lines = lines.GetEnumerator();

    public override string? ReadLine() => _lines.MoveNext() ? _lines.Current : null;

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _lines.Dispose();
        }

        base.Dispose(disposing);
    }
}
