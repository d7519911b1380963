using System.Buffers.Binary;
using Microsoft.Data.Sqlite;

namespace DoxGuard.Registry;

/// <summary>
/// The embedded default store: one SQLite file, one row per record (its id, its hashes packed in a blob, its
/// prefilter tags in another), so that a million records load in one sequential read. Deleted pages are zeroed
/// (secure_delete) so a removed record's hashes and tags do not linger in free pages.
/// </summary>
internal sealed class SqliteRegistryStore : IRegistryStore
{
    private const int HashBytes = 16;
    private readonly SqliteConnection _connection;

    public SqliteRegistryStore(string path, bool create)
    {
        if (!create && !File.Exists(path))
        {
            throw new FileNotFoundException($"No registry at '{path}'; create one with `doxguard registry import --registry {path}`.", path);
        }

        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (create && directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            Pooling = false,
        };
        _connection = new SqliteConnection(builder.ToString());
        _connection.Open();
        Execute("""
            PRAGMA secure_delete = ON;
            CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS records (id TEXT PRIMARY KEY, hashes BLOB NOT NULL, tags BLOB);
            """);

        // Registries written before the prefilter lack the column; their records read back without tags.
        if (!HasColumn("records", "tags"))
        {
            Execute("ALTER TABLE records ADD COLUMN tags BLOB");
        }
    }

    /// <summary>Called inside each write transaction before it commits (tests inspect the journal there).</summary>
    internal Action? BeforeCommit { get; set; }

    public byte[]? KeyFingerprint
    {
        get
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.CommandText = "SELECT value FROM meta WHERE name = 'key_fingerprint'";
            return command.ExecuteScalar() as byte[];
        }
    }

    public void SetKeyFingerprint(byte[] fingerprint)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO meta (name, value) VALUES ('key_fingerprint', $value)";
        command.Parameters.AddWithValue("$value", fingerprint);
        command.ExecuteNonQuery();
    }

    public void Upsert(IEnumerable<HashedRecord> records)
    {
        using SqliteTransaction transaction = _connection.BeginTransaction();
        using SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR REPLACE INTO records (id, hashes, tags) VALUES ($id, $hashes, $tags)";
        SqliteParameter id = command.Parameters.Add("$id", SqliteType.Text);
        SqliteParameter hashes = command.Parameters.Add("$hashes", SqliteType.Blob);
        SqliteParameter tags = command.Parameters.Add("$tags", SqliteType.Blob);
        foreach (HashedRecord record in records)
        {
            id.Value = record.Id;
            hashes.Value = Pack(record.Hashes);
            tags.Value = record.Tags is null ? DBNull.Value : PackTags(record.Tags);
            command.ExecuteNonQuery();
        }

        BeforeCommit?.Invoke();
        transaction.Commit();
    }

    public bool Remove(string id)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM records WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteNonQuery() > 0;
    }

    public long Count()
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM records";
        return (long)command.ExecuteScalar()!;
    }

    public IEnumerable<HashedRecord> ReadAll()
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT id, hashes, tags FROM records";
        using SqliteDataReader reader = command.ExecuteReader();
        while (reader.Read())
        {
            string id = reader.GetString(0);
            byte[] blob = (byte[])reader.GetValue(1);
            uint[]? tags = reader.IsDBNull(2) ? null : UnpackTags((byte[])reader.GetValue(2));
            yield return new HashedRecord(id, Unpack(blob)) { Tags = tags };
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private bool HasColumn(string table, string column)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static byte[] PackTags(uint[] tags)
    {
        byte[] blob = new byte[tags.Length * sizeof(uint)];
        for (int i = 0; i < tags.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(blob.AsSpan(i * sizeof(uint)), tags[i]);
        }

        return blob;
    }

    private static uint[] UnpackTags(byte[] blob)
    {
        var tags = new uint[blob.Length / sizeof(uint)];
        for (int i = 0; i < tags.Length; i++)
        {
            tags[i] = BinaryPrimitives.ReadUInt32LittleEndian(blob.AsSpan(i * sizeof(uint)));
        }

        return tags;
    }

    private static byte[] Pack(UInt128[] hashes)
    {
        byte[] blob = new byte[hashes.Length * HashBytes];
        for (int i = 0; i < hashes.Length; i++)
        {
            BinaryPrimitives.WriteUInt128LittleEndian(blob.AsSpan(i * HashBytes), hashes[i]);
        }

        return blob;
    }

    private static UInt128[] Unpack(byte[] blob)
    {
        var hashes = new UInt128[blob.Length / HashBytes];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = BinaryPrimitives.ReadUInt128LittleEndian(blob.AsSpan(i * HashBytes));
        }

        return hashes;
    }
}
