using DoxGuard.Analysis;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class LicensePlateRecognizerTests
{
    private static readonly LicensePlateRecognizer Recognizer = new();

    private static List<RecognizerResult> Analyze(string text, string language = "en")
    {
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(text), language), results);
        return results;
    }

    private static List<string> Spans(string text, string language = "en") =>
        Analyze(text, language).Where(r => r.Score >= 0.5).Select(r => text[r.Start..r.End]).ToList();

    [Theory]
    [InlineData("his truck, IL DV43317, parks there", "DV43317", "DV43317")]
    [InlineData("Texas plate KXR 4471", "KXR 4471", "KXR4471")]
    [InlineData("CA 8ABC123 silver civic", "8ABC123", "8ABC123")]
    [InlineData("plate number is ABC-1234", "ABC-1234", "ABC1234")]
    [InlineData("plates: 7xyz219", "7xyz219", "7XYZ219")]
    [InlineData("tag # GHT 889", "GHT 889", "GHT889")]
    [InlineData("license plate 4U2 C8R", "4U2 C8R", "4U2C8R")]
    [InlineData("Ohio PLT4471 every morning", "PLT4471", "PLT4471")]
    public void Analyze_PlateWithCueOrState_ReportsPlate(string text, string expected, string normalized)
    {
        RecognizerResult r = Assert.Single(Analyze(text), x => text[x.Start..x.End] == expected);
        Assert.Equal(normalized, r.Normalized);
        Assert.True(r.Score >= 0.5);
    }

    [Theory]
    [InlineData("trae placas JKL-12-34", "JKL-12-34")]
    [InlineData("coche con matrícula 1234 BCD", "1234 BCD")]
    [InlineData("patente AB 123 CD", "AB 123 CD")]
    [InlineData("la placa es ABC-123-D", "ABC-123-D")]
    [InlineData("mi carro tiene placas del estado de méxico ABC-123-A", "ABC-123-A")]
    [InlineData("el coche, matrícula 4521 KLM, aparca en la calle Mayor", "4521 KLM")]
    public void Analyze_SpanishPlate_ReportsPlate(string text, string expected) => Assert.Contains(expected, Spans(text, "es"));

    [Theory]
    [InlineData("use code SAVE20 at checkout")]
    [InlineData("flight UA 1234 to Denver")]
    [InlineData("my F-150 is red")]
    [InlineData("driver's license D1234567")]
    [InlineData("CA 90210 is a zip")]
    [InlineData("tag me in 2024")]
    [InlineData("plate of food for 2")]
    [InlineData("license to kill 007")]
    [InlineData("IN 2020 we moved")]
    [InlineData("order AB12345 shipped")]
    [InlineData("tengo 3 perros")]
    [InlineData("I got a plate of pasta for 12 dollars")]
    [InlineData("the tag on the shirt says XL2")]
    [InlineData("WI 53703 is the zip")]
    [InlineData("the ME 262 jet")]
    [InlineData("tag @Jake123 in the comments")]
    [InlineData("tag Jake123 in the comments")]
    [InlineData("I'LL BE IN LA IN 2 WEEKS")]
    [InlineData("PLATES 2 WEEKS LATE")]
    [InlineData("go MN 2024 champions")]
    [InlineData("plate. Then at 10 we left with B52 bombers")]
    public void Analyze_LookAlike_ReportsNothing(string text) => Assert.Empty(Spans(text));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Analyze_RandomPlateWordSoup_NeverThrowsAndSpansStayInText(int seed)
    {
        string[] vocabulary = ["plate", "tag", "placas", "IL", "Texas", "ABC", "1234", "-", "8ABC123", "#", ":", ".", "no", "de", "x", "AB", "12"];
        var random = new Random(seed);
        for (int post = 0; post < 300; post++)
        {
            string text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 30)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            foreach (RecognizerResult r in Analyze(text))
            {
                Assert.InRange(r.Start, 0, text.Length - 1);
                Assert.InRange(r.End, r.Start + 1, text.Length);
                Assert.InRange(r.End - r.Start, 4, 11);
            }
        }
    }

    [Fact]
    public void Analyze_AllDigits64KiB_FindsNothing() => Assert.Empty(Analyze(new string('4', 65536)));

    [Fact]
    public void Analyze_RepeatedCues64KiB_EachPlateOnce()
    {
        string text = string.Concat(Enumerable.Repeat("plate ABC1234 ", 4600));
        Assert.Equal(4600, Spans(text).Count);
    }
}
