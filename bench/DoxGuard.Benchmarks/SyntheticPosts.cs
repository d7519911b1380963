using System.Text;
using System.Text.Json;

namespace DoxGuard.Benchmarks;

/// <summary>
/// Deterministic ~200-character posts for throughput runs: mostly ordinary chatter, a share with personal
/// information in the usual written forms, some Spanish, some obfuscated. Fictional details only.
/// </summary>
internal static class SyntheticPosts
{
    private static readonly string[] Chatter =
    [
        "Honestly the game last night was wild, the defense kept killing it and nobody expected that comeback in the fourth quarter.",
        "Anyone else think the new update broke the search page? It takes forever to load and the filters keep resetting on me.",
        "Made my grandma's lasagna recipe tonight and the kids actually ate their vegetables for once, calling that a win.",
        "The city council meeting ran three hours over schedule again and still nothing got decided about the bike lanes downtown.",
        "Traffic on the interstate is killing me today, forty minutes to go six miles, I should have taken the train like everyone said.",
        "Hoy fue un día larguísimo en el trabajo, nomás quiero llegar a casa, cenar algo rico y dormir toda la tarde del sábado.",
        "Reading a great thriller right now where the detective finally figures out who sent the letters, no spoilers please!",
        "Our team shipped the release two days early, huge thanks to everyone who stayed late fixing the flaky integration tests.",
        "Qué partidazo el de anoche, el portero salvó tres goles seguidos y la afición no dejó de cantar hasta el final del juego.",
        "Looking for recommendations on a good mechanic near the east side, my car is making a weird grinding noise when I brake.",
    ];

    private static readonly string[] WithDetails =
    [
        "Officer {0} lives at {1} and his cell is {2}, everyone should know who he really is.",
        "For the bake sale contact {0} at {3} or call {2} before Friday, thanks neighbors!",
        "{0}'s home address is {1}. Plate {4}. He leaves for work at 6:40 every morning.",
        "My new office is at {1}, drop by anytime or email me at {3}, phone {2}.",
        "El agente {0} vive en {5}, su número es {6}, ya saben qué hacer.",
        "Selling my bike, text {2} or write to {3}. Pickup near {1}. Serious buyers only please.",
        "DOB 04/12/1981, SSN {7}, card {8}, IP {9} - full profile of {0} dropped here.",
        "Call me at five five five, oh one four three if you want the tickets, or find me on IG @{10}.",
        "Visit https://example.org/about or write to press@example.org for the official statement on the case.",
        "Coordinates of the meetup: 41.77812, -87.70123, bring water and sunscreen, we start at 9 sharp.",
    ];

    private static readonly string[] First = ["Daniel", "Maria", "James", "Lucia", "Robert", "Ana", "Michael", "Sofia", "David", "Elena"];
    private static readonly string[] Last = ["Kwiatkowski", "García", "Johnson", "Hernández", "Miller", "López", "Davis", "Martínez", "Wilson", "Pérez"];
    private static readonly string[] Streets = ["6120 S Kilbourn Ave, Chicago IL 60629", "409 Magnolia St", "1840 Ridgeway Dr, Apt 4B", "77 W 59th St, New York, NY 10019", "2231 Oak Ln, Austin TX 78704"];
    private static readonly string[] Calles = ["calle Sauce 1414, col. Centro", "Av. Juárez 88, col. Centro", "Calle de Alcalá 45, 28014 Madrid"];

    public static IEnumerable<(string Id, string Text)> Generate(int count, int seed = 20261128)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            string text;
            if (random.NextDouble() < 0.6)
            {
                text = Chatter[random.Next(Chatter.Length)] + " " + Chatter[random.Next(Chatter.Length)][..random.Next(20, 80)];
            }
            else
            {
                string name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]}";
                string phone = $"({random.Next(201, 989)}) 555-01{random.Next(10, 99)}";
                text = string.Format(
                    System.Globalization.CultureInfo.InvariantCulture,
                    WithDetails[random.Next(WithDetails.Length)],
                    name,
                    Streets[random.Next(Streets.Length)],
                    phone,
                    $"{name.Split(' ')[0].ToLowerInvariant()}.{random.Next(10, 99)}@example.com",
                    $"IL DV{random.Next(10000, 99999)}",
                    Calles[random.Next(Calles.Length)],
                    $"55 {random.Next(1000, 9999)} {random.Next(1000, 9999)}",
                    $"{random.Next(100, 665)}-{random.Next(10, 99)}-{random.Next(1000, 9999)}",
                    "4111 1111 1111 1111",
                    $"192.168.{random.Next(0, 255)}.{random.Next(1, 255)}",
                    $"user_{random.Next(100, 999)}");
                text += " " + Chatter[random.Next(Chatter.Length)][..random.Next(30, 90)];
            }

            yield return ($"p{i}", text);
        }
    }

    public static void WriteJsonLines(string path, int count)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream);
        foreach ((string id, string text) in Generate(count))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("text", text);
            writer.WriteEndObject();
            writer.Flush();
            writer.Reset();
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>Random and malformed lines for the robustness run: bytes, broken JSON, wrong types, huge lines.</summary>
    public static void WriteMalformed(string path, int count, int seed = 7)
    {
        var random = new Random(seed);
        using var stream = new BufferedStream(File.Create(path), 1 << 20);
        byte[] scratch = new byte[512];
        for (int i = 0; i < count; i++)
        {
            switch (random.Next(8))
            {
                case 0:
                    random.NextBytes(scratch);
                    int n = random.Next(0, scratch.Length);
                    for (int j = 0; j < n; j++)
                    {
                        if (scratch[j] == (byte)'\n')
                        {
                            scratch[j] = (byte)' ';
                        }
                    }

                    stream.Write(scratch, 0, n);
                    break;
                case 1:
                    stream.Write(Encoding.UTF8.GetBytes($"{{\"id\":\"m{i}\",\"text\":\"unterminated"));
                    break;
                case 2:
                    stream.Write(Encoding.UTF8.GetBytes($"{{\"id\":{i},\"text\":\"numeric id\"}}"));
                    break;
                case 3:
                    stream.Write(Encoding.UTF8.GetBytes(new string('[', random.Next(1, 2000))));
                    break;
                case 4:
                    stream.Write(Encoding.UTF8.GetBytes($"{{\"id\":\"m{i}\",\"text\":\"{new string('9', random.Next(1, 3000))} call 555 0143 @@@ ... \"}}"));
                    break;
                case 5:
                    stream.Write(Encoding.UTF8.GetBytes($"{{\"id\":\"m{i}\",\"text\":\"\\ud800\\udc00\\u0000 {random.Next()}\"}}"));
                    break;
                default:
                    stream.Write(Encoding.UTF8.GetBytes($"{{\"id\":\"m{i}\",\"text\":\"ordinary post {i} at 409 Magnolia St\"}}"));
                    break;
            }

            stream.WriteByte((byte)'\n');
        }
    }
}
