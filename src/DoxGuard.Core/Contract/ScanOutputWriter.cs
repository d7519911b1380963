using System.Text.Encodings.Web;
using System.Text.Json;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Contract;

/// <summary>Writes contract output records (contract.md, "Output") as compact JSON.</summary>
public static class ScanOutputWriter
{
    /// <summary>
    /// Writer options for JSON Lines: compact, and non-ASCII text kept as is (readable Spanish, smaller output); the
    /// relaxed encoder still escapes quotes, control characters and lone surrogates, so each record stays one line.
    /// </summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    // The wire names, encoded once: writing a string re-validates and transcodes it on every record, and a foreach
    // over the interface lists allocated an enumerator per record.
    private static readonly JsonEncodedText[] ActionNames = Encode<ModerationAction>(static a => a.ToWireName());
    private static readonly JsonEncodedText[] SeverityNames = Encode<Severity>(static s => s.ToWireName());
    private static readonly JsonEncodedText[] LabelNames = Encode<HarmLabel>(static l => l.ToWireName());
    private static readonly JsonEncodedText[] EntityNames = Encode<EntityType>(static t => t.ToWireName());

    private static JsonEncodedText[] Encode<T>(Func<T, string> name)
        where T : struct, Enum
    {
        T[] values = Enum.GetValues<T>();
        var encoded = new JsonEncodedText[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            encoded[Convert.ToInt32(values[i], System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(name(values[i]), WriterOptions.Encoder);
        }

        return encoded;
    }

    /// <summary>Writes one result object.</summary>
    public static void WriteResult(Utf8JsonWriter writer, ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("id"u8, result.Id);
        writer.WriteString("action"u8, ActionNames[(int)result.Action]);
        writer.WriteString("severity"u8, SeverityNames[(int)result.Severity]);
        WriteLabels(writer, "labels"u8, result.Labels);
        WriteScores(writer, result.Scores);

        writer.WriteStartArray("entities"u8);
        for (int entityIndex = 0; entityIndex < result.Entities.Count; entityIndex++)
        {
            Entity entity = result.Entities[entityIndex];
            writer.WriteStartObject();
            writer.WriteString("type"u8, EntityNames[(int)entity.Type]);
            writer.WriteNumber("start"u8, entity.Start);
            writer.WriteNumber("end"u8, entity.End);
            WriteFixed(writer, "score"u8, entity.Score);
            if (entity.Normalized is not null)
            {
                writer.WriteString("normalized"u8, entity.Normalized);
            }

            if (entity.ProtectedRecordId is not null)
            {
                writer.WriteString("protected"u8, entity.ProtectedRecordId);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("reasons"u8);
        IReadOnlyList<string> reasons = result.Reasons;
        for (int i = 0; i < reasons.Count; i++)
        {
            writer.WriteStringValue(reasons[i]);
        }

        writer.WriteEndArray();
        writer.WriteString("lang"u8, result.Language);

        if (result.Redacted is not null)
        {
            writer.WriteString("redacted"u8, result.Redacted);
        }

        if (result.Shadow is { } shadow)
        {
            writer.WriteStartObject("shadow"u8);
            writer.WriteString("action"u8, shadow.Action.ToWireName());
            writer.WriteString("severity"u8, shadow.Severity.ToWireName());
            WriteLabels(writer, "labels"u8, shadow.Labels);
            writer.WriteEndObject();
        }

        if (result.Diagnostics.Count > 0)
        {
            writer.WriteStartArray("diagnostics"u8);
            foreach (string diagnostic in result.Diagnostics)
            {
                writer.WriteStringValue(diagnostic);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes one error record: <c>{"id": ..., "error": ...}</c>.</summary>
    public static void WriteError(Utf8JsonWriter writer, ScanError error)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(error);
        writer.WriteStartObject();
        writer.WriteString("id"u8, error.Id);
        writer.WriteString("error"u8, error.Message);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a 0..1 score with at most four decimals and no trailing zeros ("0.97", "1", "0"). Hand-formatted
    /// because shortest-round-trip double formatting is the slowest part of writing a record.
    /// </summary>
    private static void WriteFixed(Utf8JsonWriter writer, ReadOnlySpan<byte> name, double value)
    {
        if (double.IsNaN(value) || value <= 0)
        {
            writer.WriteNumber(name, 0);
            return;
        }

        int scaled = (int)Math.Round(Math.Min(value, 1) * 10_000, MidpointRounding.AwayFromZero);
        if (scaled >= 10_000)
        {
            writer.WriteNumber(name, 1);
            return;
        }

        Span<byte> digits = stackalloc byte[6];
        digits[0] = (byte)'0';
        digits[1] = (byte)'.';
        int length = 2;
        for (int divisor = 1000; divisor > 0 && scaled > 0; divisor /= 10)
        {
            digits[length++] = (byte)('0' + (scaled / divisor));
            scaled %= divisor;
        }

        if (length == 2)
        {
            writer.WriteNumber(name, 0);
            return;
        }

        writer.WritePropertyName(name);
        writer.WriteRawValue(digits[..length], skipInputValidation: true);
    }

    private static void WriteLabels(Utf8JsonWriter writer, ReadOnlySpan<byte> name, IReadOnlyList<HarmLabel> labels)
    {
        writer.WriteStartArray(name);
        for (int i = 0; i < labels.Count; i++)
        {
            writer.WriteStringValue(LabelNames[(int)labels[i]]);
        }

        writer.WriteEndArray();
    }

    private static void WriteScores(Utf8JsonWriter writer, HarmScores scores)
    {
        writer.WriteStartObject("scores"u8);
        WriteFixed(writer, "dox"u8, scores.Dox);
        WriteFixed(writer, "threat"u8, scores.Threat);
        WriteFixed(writer, "bounty"u8, scores.Bounty);
        WriteFixed(writer, "coordination"u8, scores.Coordination);
        writer.WriteEndObject();
    }
}
