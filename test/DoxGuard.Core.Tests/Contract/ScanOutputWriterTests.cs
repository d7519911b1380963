using System.Buffers;
using System.Text;
using System.Text.Json;
using DoxGuard.Contract;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Tests.Contract;

public sealed class ScanOutputWriterTests
{
    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, ScanOutputWriter.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void WriteResult_FullResult_HasEveryContractField()
    {
        var result = new ScanResult
        {
            Id = "p1",
            Action = ModerationAction.Remove,
            Severity = Severity.High,
            Labels = [HarmLabel.Dox, HarmLabel.Coordination],
            Scores = new HarmScores(0.97, 0.12, 0.01, 0.81),
            Entities = [new Entity(EntityType.PhoneNumber, 84, 98, 0.99, "phone", "phone") { Normalized = "+17735550143", ProtectedRecordId = "r1" }],
            Reasons = ["home address and phone of a named officer"],
            Language = "en",
            Redacted = "call [PHONE_NUMBER]",
        };

        string json = Write(w => ScanOutputWriter.WriteResult(w, result));
        using var doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;

        Assert.Equal("p1", root.GetProperty("id").GetString());
        Assert.Equal("remove", root.GetProperty("action").GetString());
        Assert.Equal("high", root.GetProperty("severity").GetString());
        Assert.Equal(["dox", "coordination"], root.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.81, root.GetProperty("scores").GetProperty("coordination").GetDouble());
        JsonElement entity = root.GetProperty("entities")[0];
        Assert.Equal("PHONE_NUMBER", entity.GetProperty("type").GetString());
        Assert.Equal(84, entity.GetProperty("start").GetInt32());
        Assert.Equal(98, entity.GetProperty("end").GetInt32());
        Assert.Equal("+17735550143", entity.GetProperty("normalized").GetString());
        Assert.Equal("r1", entity.GetProperty("protected").GetString());
        Assert.Equal("call [PHONE_NUMBER]", root.GetProperty("redacted").GetString());
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void WriteError_ControlCharactersInMessage_StayOnOneLine()
    {
        string json = Write(w => ScanOutputWriter.WriteError(w, new ScanError("a\nb", "bad\r\nthing\u2028")));

        Assert.DoesNotContain('\n', json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("a\nb", doc.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(-0.5, "0")]
    [InlineData(0.00004, "0")]
    [InlineData(0.00005, "0.0001")]
    [InlineData(0.97, "0.97")]
    [InlineData(0.12345, "0.1235")]
    [InlineData(0.5, "0.5")]
    [InlineData(0.99996, "1")]
    [InlineData(1.0, "1")]
    [InlineData(double.NaN, "0")]
    public void WriteResult_Scores_FourDecimalsWithoutTrailingZeros(double score, string expected)
    {
        var result = new ScanResult
        {
            Id = "s",
            Action = ModerationAction.Allow,
            Severity = Severity.None,
            Labels = [],
            Scores = new HarmScores(score, 0, 0, 0),
            Entities = [],
            Reasons = [],
            Language = "en",
        };

        string json = Write(w => ScanOutputWriter.WriteResult(w, result));

        Assert.Contains($"\"dox\":{expected},", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
    }
}
