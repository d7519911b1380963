using System.Text;
using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Entities;
using DoxGuard.Registry;

namespace DoxGuard.Tests.Registry;

/// <summary>Known records, a throw-away registry directory and a scan engine that uses it.</summary>
public sealed class RegistryTestKit : IDisposable
{
    public const string Daniel = """{"id":"r1","names":["Daniel Kwiatkowski"],"addresses":["6120 S Kilbourn Ave, Chicago IL 60629"],"phones":["773-555-0143"],"emails":["dkwiat.home@example.com"],"plates":["IL DV43317"],"relatives":["Marta Kwiatkowski"]}""";

    public const string Laura = """{"id":"r2","names":["Laura Benítez"],"addresses":["123 Oak Dr Apt 4B, Springfield, IL 62704"],"phones":["+1 (217) 555-0199"],"emails":["Laura.Benitez@Example.org"],"plates":["ABC 1234"],"relatives":["Tomás"]}""";

    public const string Priya = """{"id":"r3","names":["Priya Raman"],"addresses":["48 W 73rd St, New York, NY 10023"],"phones":["+44 20 7946 0958"],"emails":["priya.r@example.net"],"plates":["CA 7ABC123"],"relatives":["Arjun Raman"]}""";

    public static readonly RegistryKey Key = RegistryKey.FromBytes(Encoding.UTF8.GetBytes("test-key-0123456789abcdef-not-a-secret"));

    public RegistryTestKit()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("doxguard-registry-").FullName;
        Path = System.IO.Path.Combine(Directory, "registry.db");
    }

    public string Directory { get; }

    public string Path { get; }

    public ImportReport Import(params string[] lines) => ProtectedRegistry.Import(Path, Key, new StringReader(string.Join('\n', lines)));

    public ScanEngine Engine(RegistryKey? key = null) =>
        ScanEngineFactory.CreateDefault(registry: ProtectedRegistry.Open(Path, key ?? Key));

    public static IReadOnlyList<Entity> Protected(ScanEngine engine, string text) =>
        [.. engine.Scan(new ScanRequest("p", text)).Entities.Where(e => e.ProtectedRecordId is not null)];

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
    }
}
