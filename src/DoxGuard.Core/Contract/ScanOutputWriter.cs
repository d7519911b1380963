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

    // Property names encoded once: a UTF-8 literal name is checked for characters to escape on every write.
    private static readonly JsonEncodedText PAction = JsonEncodedText.Encode("action"u8);
    private static readonly JsonEncodedText PBounty = JsonEncodedText.Encode("bounty"u8);
    private static readonly JsonEncodedText PCoordination = JsonEncodedText.Encode("coordination"u8);
    private static readonly JsonEncodedText PDiagnostics = JsonEncodedText.Encode("diagnostics"u8);
    private static readonly JsonEncodedText PDox = JsonEncodedText.Encode("dox"u8);
    private static readonly JsonEncodedText PEnd = JsonEncodedText.Encode("end"u8);
    private static readonly JsonEncodedText PEntities = JsonEncodedText.Encode("entities"u8);
    private static readonly JsonEncodedText PError = JsonEncodedText.Encode("error"u8);
    private static readonly JsonEncodedText PId = JsonEncodedText.Encode("id"u8);
    private static readonly JsonEncodedText PLabels = JsonEncodedText.Encode("labels"u8);
    private static readonly JsonEncodedText PLang = JsonEncodedText.Encode("lang"u8);
    private static readonly JsonEncodedText PNormalized = JsonEncodedText.Encode("normalized"u8);
    private static readonly JsonEncodedText PProtected = JsonEncodedText.Encode("protected"u8);
    private static readonly JsonEncodedText PReasons = JsonEncodedText.Encode("reasons"u8);
    private static readonly JsonEncodedText PRedacted = JsonEncodedText.Encode("redacted"u8);
    private static readonly JsonEncodedText PScore = JsonEncodedText.Encode("score"u8);
    private static readonly JsonEncodedText PScores = JsonEncodedText.Encode("scores"u8);
    private static readonly JsonEncodedText PSeverity = JsonEncodedText.Encode("severity"u8);
    private static readonly JsonEncodedText PShadow = JsonEncodedText.Encode("shadow"u8);
    private static readonly JsonEncodedText PStart = JsonEncodedText.Encode("start"u8);
    private static readonly JsonEncodedText PThreat = JsonEncodedText.Encode("threat"u8);
    private static readonly JsonEncodedText PType = JsonEncodedText.Encode("type"u8);

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
        writer.WriteString(PId, result.Id);
        writer.WriteString(PAction, ActionNames[(int)result.Action]);
        writer.WriteString(PSeverity, SeverityNames[(int)result.Severity]);
        WriteLabels(writer, PLabels, result.Labels);
        WriteScores(writer, result.Scores);

        writer.WriteStartArray(PEntities);
        for (int entityIndex = 0; entityIndex < result.Entities.Count; entityIndex++)
        {
            Entity entity = result.Entities[entityIndex];
            writer.WriteStartObject();
            writer.WriteString(PType, EntityNames[(int)entity.Type]);
            writer.WriteNumber(PStart, entity.Start);
            writer.WriteNumber(PEnd, entity.End);
            WriteFixed(writer, PScore, entity.Score);
            if (entity.Normalized is not null)
            {
                writer.WriteString(PNormalized, entity.Normalized);
            }

            if (entity.ProtectedRecordId is not null)
            {
                writer.WriteString(PProtected, entity.ProtectedRecordId);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(PReasons);
        IReadOnlyList<string> reasons = result.Reasons;
        for (int i = 0; i < reasons.Count; i++)
        {
            writer.WriteStringValue(reasons[i]);
        }

        writer.WriteEndArray();
        writer.WriteString(PLang, result.Language);

        if (result.Redacted is not null)
        {
            writer.WriteString(PRedacted, result.Redacted);
        }

        if (result.Shadow is { } shadow)
        {
            writer.WriteStartObject(PShadow);
            writer.WriteString(PAction, shadow.Action.ToWireName());
            writer.WriteString(PSeverity, shadow.Severity.ToWireName());
            WriteLabels(writer, PLabels, shadow.Labels);
            writer.WriteEndObject();
        }

        if (result.Diagnostics.Count > 0)
        {
            writer.WriteStartArray(PDiagnostics);
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
        writer.WriteString(PId, error.Id);
        writer.WriteString(PError, error.Message);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a 0..1 score with at most four decimals and no trailing zeros ("0.97", "1", "0"). Hand-formatted
    /// because shortest-round-trip double formatting is the slowest part of writing a record.
    /// </summary>
    private static void WriteFixed(Utf8JsonWriter writer, JsonEncodedText name, double value)
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

    private static void WriteLabels(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<HarmLabel> labels)
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
        writer.WriteStartObject(PScores);
        WriteFixed(writer, PDox, scores.Dox);
        WriteFixed(writer, PThreat, scores.Threat);
        WriteFixed(writer, PBounty, scores.Bounty);
        WriteFixed(writer, PCoordination, scores.Coordination);
        writer.WriteEndObject();
    }
}
