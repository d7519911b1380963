using DoxGuard.Entities;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class GeoCoordinatesRecognizerTests
{
    private static readonly GeoCoordinatesRecognizer Recognizer = new();

    [Theory]
    [InlineData("at 41.77812, -87.70123", "41.77812, -87.70123", "41.77812,-87.70123")]
    [InlineData("41.77812 -87.70123", "41.77812 -87.70123", "41.77812,-87.70123")]
    [InlineData("-33.86882,151.20929", "-33.86882,151.20929", "-33.86882,151.20929")]
    [InlineData("41°46'41.2\"N 87°42'04.4\"W", "41°46'41.2\"N 87°42'04.4\"W", "41.778111,-87.701222")]
    [InlineData("41° 46′ 41.2″ N, 87° 42′ 4.4″ W", "41° 46′ 41.2″ N, 87° 42′ 4.4″ W", "41.778111,-87.701222")]
    [InlineData("19°25'57''N 99°7'59''O", "19°25'57''N 99°7'59''O", "19.4325,-99.133056")]
    [InlineData("41.77812°N 87.70123°W", "41.77812°N 87.70123°W", "41.77812,-87.70123")]
    [InlineData("33.8688° S, 151.2093° E", "33.8688° S, 151.2093° E", "-33.8688,151.2093")]
    [InlineData("maps/@41.77812,-87.70123,17z", "41.77812,-87.70123", "41.77812,-87.70123")]
    [InlineData("?q=41.778,-87.701", "41.778,-87.701", "41.778,-87.701")]
    [InlineData("lat 19.4326, long -99.1332", "19.4326, long -99.1332", "19.4326,-99.1332")]
    [InlineData("latitud: 19.4326 longitud: -99.1332", "19.4326 longitud: -99.1332", "19.4326,-99.1332")]
    [InlineData("coords 41.778, -87.701", "41.778, -87.701", "41.778,-87.701")]
    public void Analyze_Formats_FindsSpanAndDecimalPair(string text, string span, string normalized)
    {
        var result = NumericTestKit.Single(Recognizer, text, EntityType.GeoCoordinates);
        Assert.Equal(span, text[result.Start..result.End]);
        Assert.Equal(normalized, result.Normalized);
    }

    [Theory]
    [InlineData("1.5, 2.3")]
    [InlineData("41.778, -87.701")]
    [InlineData("$41.99, $87.50")]
    [InlineData("41.77812€, 87.70123€")]
    [InlineData("1.2.3, 4.5.6")]
    [InlineData("3-2")]
    [InlineData("1990-2020")]
    [InlineData("95.12345, -87.70123")]
    [InlineData("41.77812, 187.70123")]
    [InlineData("41.77812, -87")]
    [InlineData("41° N 87° W")]
    [InlineData("41.77812°E 87.70123°N")]
    [InlineData("41.77812")]
    [InlineData("1234.56789, 87.70123")]
    [InlineData("v41.77812, 87.70123")]
    [InlineData("41.77812%, 87.70123%")]
    public void Analyze_LookAlikes_FindsNothing(string text)
    {
        Assert.Empty(NumericTestKit.Spans(Recognizer, text));
    }

    [Fact]
    public void Analyze_Cue_RaisesScore()
    {
        double bare = NumericTestKit.Single(Recognizer, "x 41.77812, -87.70123", EntityType.GeoCoordinates).Score;
        double cued = NumericTestKit.Single(Recognizer, "GPS 41.77812, -87.70123", EntityType.GeoCoordinates).Score;
        Assert.True(cued > bare);
    }

    [Theory]
    [InlineData("1.")]
    [InlineData("1.1, ")]
    [InlineData("41.77812, ")]
    [InlineData("1°")]
    public void Analyze_PathologicalRepeats_StaysBounded(string unit)
    {
        string text = string.Concat(Enumerable.Repeat(unit, 65536 / unit.Length));
        var spans = NumericTestKit.Spans(Recognizer, text);

        // A run of "41.77812, " is pairs of valid coordinates; everything else holds none.
        Assert.Equal(unit == "41.77812, " ? 65536 / unit.Length / 2 : 0, spans.Count);
    }
}
