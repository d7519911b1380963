using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace DoxGuard.Contract;

/// <summary>Limits applied to each input record.</summary>
public sealed class ScanInputLimits
{
    /// <summary>Largest accepted post text, in UTF-8 bytes.</summary>
    /// <value>The default value is 65,536 (64 KiB).</value>
    public int MaxTextBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// Largest input line read into memory, in bytes: room for a text at the limit written entirely in \uXXXX escapes,
    /// plus the other fields. Longer lines are skipped without being buffered and yield an error record.
    /// </summary>
    public int MaxLineBytes => checked((MaxTextBytes * 6) + (64 * 1024));

    /// <summary>Fails fast with a message naming the bad setting.</summary>
    public void Validate()
    {
        if (MaxTextBytes is < 1 or > 16 * 1024 * 1024)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTextBytes), MaxTextBytes, "max text size must be between 1 byte and 16 MiB");
        }
    }
}

/// <summary>One input line, parsed: a request, or the error record that stands for it.</summary>
/// <param name="Request">The post, when the line was valid.</param>
/// <param name="Error">What was wrong, when it was not.</param>
public readonly record struct ScanInput(ScanRequest? Request, ScanError? Error);

/// <summary>An error record (contract.md): the id, or <c>line:N</c> when the id could not be read.</summary>
/// <param name="Id">The record's id, or <c>line:N</c>.</param>
/// <param name="Message">What was wrong, in words that say what to fix.</param>
public sealed record ScanError(string Id, string Message);

/// <summary>Parses contract input lines (JSON objects with <c>id</c> and <c>text</c>); never throws on bad input.</summary>
public static class ScanInputParser
{
    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 };

    /// <summary>The <c>id</c> used for a record whose own id could not be read.</summary>
    public static string LineId(long lineNumber) => "line:" + lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The error record for a line longer than <see cref="ScanInputLimits.MaxLineBytes"/>.</summary>
    public static ScanError OversizedLine(long lineNumber, ScanInputLimits limits) =>
        new(LineId(lineNumber), $"line is longer than {limits.MaxLineBytes} bytes; the text limit is {limits.MaxTextBytes} bytes");

    /// <summary>Parses one line (without its line terminator) of UTF-8 JSON.</summary>
    public static ScanInput Parse(ReadOnlySpan<byte> line, long lineNumber, ScanInputLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!line.IsEmpty && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Length > limits.MaxLineBytes)
        {
            return new ScanInput(null, OversizedLine(lineNumber, limits));
        }

        if (line.Trim(" \t"u8).IsEmpty)
        {
            return Fail(lineNumber, null, "empty line: expected a JSON object with \"id\" and \"text\"");
        }

        if (!Utf8.IsValid(line))
        {
            return Fail(lineNumber, null, "line is not valid UTF-8");
        }

        string? id = null;
        try
        {
            return ParseObject(line, lineNumber, limits, ref id);
        }
        catch (JsonException ex)
        {
            return Fail(lineNumber, id, $"invalid JSON: {Describe(ex)}");
        }
        catch (InvalidOperationException ex)
        {
            return Fail(lineNumber, id, $"invalid JSON: {ex.Message}");
        }
    }

    private static ScanInput ParseObject(ReadOnlySpan<byte> line, long lineNumber, ScanInputLimits limits, ref string? id)
    {
        var reader = new Utf8JsonReader(line, ReaderOptions);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return Fail(lineNumber, null, "expected a JSON object with \"id\" and \"text\"");
        }

        string? text = null, lang = null, author = null, thread = null, createdAt = null;
        string? typeProblem = null;
        bool textTooLong = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    id = reader.GetString();
                }
                else
                {
                    typeProblem ??= $"\"id\" must be a string, not {Describe(reader.TokenType)}";
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.String)
                {
                    // The escaped length bounds the decoded UTF-8 length from above: skip decoding a hopeless text.
                    int encoded = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                    if (!reader.ValueIsEscaped && encoded > limits.MaxTextBytes)
                    {
                        textTooLong = true;
                    }
                    else
                    {
                        text = reader.GetString();

                        // Unescaped, the decoded text is the valid UTF-8 just measured: only escapes need a count.
                        textTooLong = text is not null && reader.ValueIsEscaped && Encoding.UTF8.GetByteCount(text) > limits.MaxTextBytes;
                        if (textTooLong)
                        {
                            text = null;
                        }
                    }
                }
                else
                {
                    typeProblem ??= $"\"text\" must be a string, not {Describe(reader.TokenType)}";
                    reader.Skip();
                }
            }
            else if (reader.ValueTextEquals("lang"u8))
            {
                lang = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("author"u8))
            {
                author = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("thread"u8))
            {
                thread = ReadOptionalString(ref reader);
            }
            else if (reader.ValueTextEquals("created_at"u8))
            {
                createdAt = ReadOptionalString(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject)
        {
            return Fail(lineNumber, id, "invalid JSON: unterminated object");
        }

        if (reader.Read())
        {
            return Fail(lineNumber, id, "invalid JSON: unexpected data after the object (one JSON object per line)");
        }

        if (typeProblem is not null)
        {
            return Fail(lineNumber, id, typeProblem);
        }

        if (id is null)
        {
            return Fail(lineNumber, null, "missing \"id\": every record needs a string id");
        }

        if (textTooLong)
        {
            return Fail(lineNumber, id, $"\"text\" is longer than the limit of {limits.MaxTextBytes} bytes");
        }

        if (text is null)
        {
            return Fail(lineNumber, id, "missing \"text\": every record needs the post's text as a string");
        }

        return new ScanInput(new ScanRequest(id, text) { Lang = lang, Author = author, Thread = thread, CreatedAt = createdAt }, null);
    }

    private static string? ReadOptionalString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        // Optional metadata of the wrong type is ignored rather than failing the post: the text still gets scanned.
        reader.Skip();
        return null;
    }

    private static ScanInput Fail(long lineNumber, string? id, string message) =>
        new(null, new ScanError(string.IsNullOrEmpty(id) ? LineId(lineNumber) : id, message));

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => token.ToString(),
    };

    private static string Describe(JsonException ex)
    {
        // JsonException messages name the byte position; keep them but drop the exception's path noise.
        string message = ex.Message;
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
