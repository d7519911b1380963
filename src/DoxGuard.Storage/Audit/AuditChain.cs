using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DoxGuard.Storage.Audit;

/// <summary>The hash chain of the audit log: each entry's hash covers its fields and the previous entry's hash.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Computes the hash of an entry.</summary>
    public static string ComputeHash(long seq, DateTimeOffset at, string actor, string action, string subject, string details, string prevHash)
    {
        // Length-prefixed fields, so that moving text from one field to the next changes the hash.
        var builder = new StringBuilder(256);
        Append(builder, seq.ToString(CultureInfo.InvariantCulture));
        Append(builder, FormatTime(at));
        Append(builder, actor);
        Append(builder, action);
        Append(builder, subject);
        Append(builder, details);
        Append(builder, prevHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>The one text form of a timestamp that is stored and hashed.</summary>
    public static string FormatTime(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Checks entries given in sequence order, from the first.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        string prev = Genesis;
        long expected = 1;
        foreach (AuditEntry e in entries)
        {
            if (e.Seq != expected)
            {
                return new AuditVerification(expected - 1, expected, $"entry {expected} is missing (found {e.Seq} next)", prev);
            }

            if (!string.Equals(e.PrevHash, prev, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, e.Seq, $"entry {e.Seq} does not link to the entry before it", prev);
            }

            string hash = ComputeHash(e.Seq, e.At, e.Actor, e.Action, e.Subject, e.Details, e.PrevHash);
            if (!string.Equals(hash, e.Hash, StringComparison.Ordinal))
            {
                return new AuditVerification(expected - 1, e.Seq, $"entry {e.Seq} was altered (its hash does not match its contents)", prev);
            }

            prev = e.Hash;
            expected++;
        }

        return new AuditVerification(expected - 1, null, null, prev);
    }

    private static void Append(StringBuilder builder, string value) =>
        builder.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
