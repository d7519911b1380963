using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DoxGuard.Registry;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Tests.Registry;

/// <summary>
/// The registry must be worthless to a thief: no detail in any registry file (database, journal, WAL), in plain
/// text or as an unkeyed hash, in any of the forms an attacker would search for; the prefilter tags included.
/// </summary>
public sealed class RegistryPrivacyTests
{
    [Fact]
    public void Import_KnownDetails_NoRegistryFileContainsAnyFormOfThem()
    {
        using var kit = new RegistryTestKit();
        string[] records = [RegistryTestKit.Daniel, RegistryTestKit.Laura, RegistryTestKit.Priya];
        List<byte[]> needles = Needles(records);
        var snapshots = new List<(string File, byte[] Bytes)>();

        // Journal files exist only inside a write transaction: look at every file of the directory there too.
        using (var store = new SqliteRegistryStore(kit.Path, create: true))
        {
            store.BeforeCommit = () => snapshots.AddRange(ReadAll(kit.Directory));
            ImportReport report = ProtectedRegistry.Import(store, RegistryTestKit.Key, new StringReader(string.Join('\n', records)));
            Assert.Equal(3, report.Imported);
            Assert.True(store.Remove("r2"));
            snapshots.AddRange(ReadAll(kit.Directory));
        }

        snapshots.AddRange(ReadAll(kit.Directory));
        Assert.Contains(snapshots, s => s.File.EndsWith("-journal", StringComparison.Ordinal) || s.File.EndsWith("-wal", StringComparison.Ordinal));
        Assert.Contains(snapshots, s => s.File.EndsWith("registry.db", StringComparison.Ordinal) && s.Bytes.Length > 0);

        var leaks = new List<string>();
        foreach ((string file, byte[] bytes) in snapshots)
        {
            foreach (byte[] needle in needles)
            {
                if (bytes.AsSpan().IndexOf(needle) >= 0)
                {
                    leaks.Add($"{Path.GetFileName(file)}: {Convert.ToHexString(needle)}");
                }
            }
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} detail forms found in registry files: {string.Join("; ", leaks.Take(10))}");
    }

    [Fact]
    public void Import_PrefilterTags_KeyedAndNoneIsAnUnkeyedTagOfADetail()
    {
        using var kit = new RegistryTestKit();
        string[] records = [RegistryTestKit.Daniel, RegistryTestKit.Laura, RegistryTestKit.Priya];
        kit.Import(records);
        HashSet<uint> stored = StoredTags(kit.Path);

        // The search compares like with like: the stored tags are exactly the keyed tags of the canonical forms.
        using (var hasher = new KeyedHasher(RegistryTestKit.Key))
        {
            Assert.Contains(hasher.Tag(DetailKind.Phone, "+17735550143"), stored);
            Assert.Contains(hasher.Tag(DetailKind.Plate, "DV43317"), stored);
            Assert.Contains(hasher.Tag(DetailKind.AddressCore, "6120 KILBOURN"), stored);
        }

        // 32-bit SipHash-2-4 halves of every detail form's message under the keys a lazy or leaky implementation
        // would use: none, the reference test key, the first bytes of the registry key itself.
        var leaks = new List<string>();
        foreach (byte[] message in Messages(Texts(records)))
        {
            foreach ((ulong k0, ulong k1) in UnkeyedSipKeys())
            {
                ulong sip = SipHash24.Hash(k0, k1, message);
                if (stored.Contains((uint)(sip >> 32)) || stored.Contains((uint)sip))
                {
                    leaks.Add(Convert.ToHexString(message));
                }
            }
        }

        Assert.True(leaks.Count == 0, $"{leaks.Count} stored tags are unkeyed SipHash tags of a detail form");
    }

    [Fact]
    public void Needles_SearchThatCanFail_FindsDetailsInAPlainCopy()
    {
        // Guards the test above against searching for nothing: the same needles do find a plain dump of the records.
        List<byte[]> needles = Needles([RegistryTestKit.Daniel]);
        byte[] plain = Encoding.UTF8.GetBytes(RegistryTestKit.Daniel.ToLowerInvariant());
        byte[] utf16 = Encoding.Unicode.GetBytes(RegistryTestKit.Daniel);
        Assert.Contains(needles, n => plain.AsSpan().IndexOf(n) >= 0);
        Assert.Contains(needles, n => utf16.AsSpan().IndexOf(n) >= 0);
        Assert.True(needles.Count > 100);
    }

    /// <summary>Every form of every detail, and of its words, in UTF-8, UTF-16 LE/BE, and unkeyed hashes of each.</summary>
    private static List<byte[]> Needles(IEnumerable<string> records)
    {
        HashSet<string> texts = Texts(records);
        var needles = new List<byte[]>();

        // The registry's own hash message, hashed without the key: what a lazy implementation would store, as
        // SHA-256 or as the prefilter's SipHash-2-4 under a known key.
        foreach (byte[] message in Messages(texts))
        {
            needles.Add(SHA256.HashData(message)[..8]);
            foreach ((ulong k0, ulong k1) in UnkeyedSipKeys())
            {
                byte[] sip = new byte[8];
                BinaryPrimitives.WriteUInt64LittleEndian(sip, SipHash24.Hash(k0, k1, message));
                needles.Add(sip);
            }
        }

        foreach (string text in texts.Where(t => t.Length >= 4))
        {
            needles.Add(Encoding.UTF8.GetBytes(text));
            needles.Add(Encoding.Unicode.GetBytes(text));
            needles.Add(Encoding.BigEndianUnicode.GetBytes(text));
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
#pragma warning disable CA5350, CA5351 // an attacker would try the weak unkeyed hashes too
            foreach (byte[] hash in new[] { SHA256.HashData(utf8), SHA1.HashData(utf8), MD5.HashData(utf8) })
#pragma warning restore CA5350, CA5351
            {
                needles.Add(hash[..8]);
                needles.Add(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash)));
                needles.Add(Encoding.ASCII.GetBytes(Convert.ToHexString(hash)));
            }
        }

        return needles;
    }

    /// <summary>Every form of every detail and of its words, and the canonical forms the registry hashes.</summary>
    private static HashSet<string> Texts(IEnumerable<string> records)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal) { Encoding.UTF8.GetString(RegistryTestKit.Key.Material) };
        foreach (string line in records)
        {
            using JsonDocument document = JsonDocument.Parse(line);
            foreach (JsonProperty field in document.RootElement.EnumerateObject())
            {
                if (field.Value.ValueKind != JsonValueKind.Array)
                {
                    continue;
                }

                foreach (JsonElement item in field.Value.EnumerateArray())
                {
                    string detail = item.GetString()!;
                    AddForms(texts, detail);
                    foreach (string word in detail.Split([' ', ',', '.', '@', '-', '(', ')', '+'], StringSplitOptions.RemoveEmptyEntries))
                    {
                        if (word.Length >= 4)
                        {
                            AddForms(texts, word);
                        }
                    }
                }
            }
        }

        // The canonical forms the registry hashes.
        foreach (string canonical in new[]
        {
            "+17735550143", "17735550143", "7735550143", "+12175550199", "2175550199", "+442079460958", "DV43317", "ILDV43317",
            "ABC1234", "7ABC123", "daniel kwiatkowski", "marta kwiatkowski", "laura benitez", "tomas benitez", "priya raman",
            "arjun raman", "6120 KILBOURN", "123 OAK", "48 73RD", "dkwiat.home@example.com", "laura.benitez@example.org",
            "60629", "62704", "10023",
        })
        {
            AddForms(texts, canonical);
        }

        return texts;
    }

    /// <summary>The registry's hash message (kind, 0x1F, UTF-8) of every form of every detail, under every kind.</summary>
    private static List<byte[]> Messages(IEnumerable<string> texts)
    {
        var messages = new List<byte[]>();
        foreach (string text in texts)
        {
            byte[] utf8 = Encoding.UTF8.GetBytes(text);
            foreach (DetailKind kind in Enum.GetValues<DetailKind>())
            {
                messages.Add([(byte)kind, 0x1f, .. utf8]);
            }
        }

        return messages;
    }

    private static IEnumerable<(ulong K0, ulong K1)> UnkeyedSipKeys()
    {
        ReadOnlySpan<byte> key = RegistryTestKit.Key.Material;
        return
        [
            (0UL, 0UL),
            (0x0706050403020100UL, 0x0f0e0d0c0b0a0908UL),
            (BinaryPrimitives.ReadUInt64LittleEndian(key), BinaryPrimitives.ReadUInt64LittleEndian(key[8..])),
        ];
    }

    private static HashSet<uint> StoredTags(string path)
    {
        var tags = new HashSet<uint>();
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = "SELECT tags FROM records";
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            byte[] blob = (byte[])reader.GetValue(0);
            for (int i = 0; i + 4 <= blob.Length; i += 4)
            {
                tags.Add(BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(i)));
            }
        }

        return tags;
    }

    private static void AddForms(HashSet<string> texts, string detail)
    {
        texts.Add(detail);
        texts.Add(detail.ToLowerInvariant());
        texts.Add(detail.ToUpperInvariant());
        string digits = new([.. detail.Where(char.IsAsciiDigit)]);
        if (digits.Length >= 4)
        {
            texts.Add(digits);
        }
    }

    private static List<(string, byte[])> ReadAll(string directory)
    {
        var files = new List<(string, byte[])>();
        foreach (string file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            files.Add((file, copy.ToArray()));
        }

        return files;
    }
}
