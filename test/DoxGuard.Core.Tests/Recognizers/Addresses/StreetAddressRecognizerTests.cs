using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;
using DoxGuard.Recognizers.Addresses;

namespace DoxGuard.Tests.Recognizers.Addresses;

public sealed class StreetAddressRecognizerTests
{
    private const double Threshold = 0.5;
    private static readonly StreetAddressRecognizer Recognizer = new();

    private static List<RecognizerResult> Analyze(string text, string language = "en")
    {
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(text), language), results);
        return results;
    }

    private static List<string> Spans(string text, string language = "en") =>
        Analyze(text, language).Where(r => r.Score >= Threshold).Select(r => text[r.Start..r.End]).ToList();

    [Theory]
    // US: whole addresses, one line or several.
    [InlineData("She lives at 6120 S. Kilbourn Ave, Chicago, IL 60629.", "6120 S. Kilbourn Ave, Chicago, IL 60629")]
    [InlineData("2231 N Ridgeway Ave\nChicago, IL 60647", "2231 N Ridgeway Ave\nChicago, IL 60647")]
    [InlineData("at 77 Elm Street, Springfield, Illinois", "77 Elm Street, Springfield, Illinois")]
    [InlineData("1600 Pennsylvania Avenue NW, Washington, DC 20500", "1600 Pennsylvania Avenue NW, Washington, DC 20500")]
    [InlineData("ship to 14 Oak Ln Unit 12 Austin TX 78701-1234", "14 Oak Ln Unit 12 Austin TX 78701-1234")]
    [InlineData("office 500 Main St Ste 300, Dallas, TX", "500 Main St Ste 300, Dallas, TX")]
    [InlineData("350 W 59th St Fl 2, New York, NY 10019", "350 W 59th St Fl 2, New York, NY 10019")]
    [InlineData("409 1/2 Magnolia St", "409 1/2 Magnolia St")]
    [InlineData("2 Broadway, New York, NY 10004", "2 Broadway, New York, NY 10004")]
    [InlineData("233 S Wacker Dr Suite 4400, Chicago IL 60606", "233 S Wacker Dr Suite 4400, Chicago IL 60606")]
    [InlineData("address: 500 E. Grand Ave. Apt. 3, Des Moines, Iowa 50309", "500 E. Grand Ave. Apt. 3, Des Moines, Iowa 50309")]
    [InlineData("Go to 55 Water St, Brooklyn and tell him", "55 Water St, Brooklyn")]
    [InlineData("12B Harbor View Rd", "12B Harbor View Rd")]
    // US: partial street lines, lower case included.
    [InlineData("lives at 409 magnolia st", "409 magnolia st")]
    [InlineData("the house at 88 Lake Shore Dr is his", "88 Lake Shore Dr")]
    [InlineData("1840 Forest Hills Blvd", "1840 Forest Hills Blvd")]
    [InlineData("22 Martin Luther King Jr Blvd", "22 Martin Luther King Jr Blvd")]
    [InlineData("4500 Highway 61", "4500 Highway 61")]
    [InlineData("12 County Road 5", "12 County Road 5")]
    [InlineData("P.O. Box 4411", "P.O. Box 4411")]
    [InlineData("PO Box 12", "PO Box 12")]
    [InlineData("Post Office Box 9", "Post Office Box 9")]
    [InlineData("he lives off Ridgeway at 1840", "Ridgeway at 1840")]
    [InlineData("she lives on Elm near 12th", "Elm near 12th")]
    [InlineData("he lives at calle Sauce 1414 in Monterrey", "calle Sauce 1414")]
    public void Analyze_UsAddress_ReportsExactSpan(string text, string expected) => Assert.Contains(expected, Spans(text));

    [Theory]
    [InlineData("vive en calle Sauce 1414", "calle Sauce 1414")]
    [InlineData("Av. Juárez 88, col. Centro", "Av. Juárez 88, col. Centro")]
    [InlineData("Calle de Alcalá 45, 3º B, 28014 Madrid", "Calle de Alcalá 45, 3º B, 28014 Madrid")]
    [InlineData("C/ Mayor 12", "C/ Mayor 12")]
    [InlineData("Avenida Insurgentes Sur 1602", "Avenida Insurgentes Sur 1602")]
    [InlineData("Paseo de la Reforma 222", "Paseo de la Reforma 222")]
    [InlineData("Carrera 7 # 45-10", "Carrera 7 # 45-10")]
    [InlineData("Av. Corrientes 1234, piso 3", "Av. Corrientes 1234, piso 3")]
    [InlineData("apartado de correos 123", "apartado de correos 123")]
    [InlineData("Calle 5 de Mayo 20, colonia Roma Norte, CP 06700", "Calle 5 de Mayo 20, colonia Roma Norte, CP 06700")]
    [InlineData("su domicilio: colonia Roma Norte", "colonia Roma Norte")]
    [InlineData("vive en la calle 13", "calle 13")]
    public void Analyze_SpanishAddress_ReportsExactSpan(string text, string expected) => Assert.Contains(expected, Spans(text, "es"));

    [Theory]
    [InlineData("I have 3 dogs and 2 cats", "en")]
    [InlineData("5 Star Hotel downtown", "en")]
    [InlineData("see you at 10 pm", "en")]
    [InlineData("Section 230 is on the ballot", "en")]
    [InlineData("Apollo 11 landed", "en")]
    [InlineData("the 49ers won", "en")]
    [InlineData("Chapter 11 again", "en")]
    [InlineData("Room 101 was cold", "en")]
    [InlineData("Main Street economics", "en")]
    [InlineData("top 10 ways to save", "en")]
    [InlineData("the 10 best ways to cook rice", "en")]
    [InlineData("he scored 30 points", "en")]
    [InlineData("$400 a month", "en")]
    [InlineData("meet on Elm near 12th", "en")]
    [InlineData("call 773-555-0143 on 12/05/2024", "en")]
    [InlineData("born 1990-04-12", "en")]
    [InlineData("it was 3 park rangers", "en")]
    [InlineData("we need 2 way radios", "en")]
    [InlineData("lol 100 times", "en")]
    [InlineData("I ran 5 miles on Main Street", "en")]
    [InlineData("we drove 300 miles down Route 66", "en")]
    [InlineData("I walked 5 blocks down Main St", "en")]
    [InlineData("saw 2 cops near Elm St", "en")]
    [InlineData("we have 4 kids Oak St is too small", "en")]
    [InlineData("Highway 61 revisited is an album", "en")]
    [InlineData("he is 6 ft tall", "en")]
    [InlineData("Studio 54 was wild", "en")]
    [InlineData("the plaza 3 blocks away", "en")]
    [InlineData("cut it on the diagonal 12 inches", "en")]
    [InlineData("I need 2 new tires and 4 oil changes", "en")]
    [InlineData("calle 13 (the band) played", "es")]
    [InlineData("el partido de la calle 8 fue bueno", "es")]
    [InlineData("Compré 3 calles de terreno", "es")]
    [InlineData("tengo 3 perros", "es")]
    [InlineData("la calle estaba vacía a las 10", "es")]
    [InlineData("la colonia tiene 3 parques", "es")]
    public void Analyze_LookAlike_ReportsNothing(string text, string language) => Assert.Empty(Spans(text, language));

    [Theory]
    [InlineData("at 409 magnolia st", 0.5, 0.8)]
    [InlineData("409 Magnolia St, Chicago, IL 60629", 0.95, 1.0)]
    [InlineData("409 Magnolia St, Chicago", 0.85, 0.9)]
    public void Analyze_Completeness_SetsScoreBand(string text, double min, double max)
    {
        RecognizerResult r = Assert.Single(Analyze(text));
        Assert.InRange(r.Score, min, max);
    }

    [Fact]
    public void Analyze_WeakFormWithoutCue_StaysUnderThreshold()
    {
        RecognizerResult weak = Assert.Single(Analyze("meet on Elm near 12th"));
        Assert.InRange(weak.Score, 0.3, 0.45);
        RecognizerResult cued = Assert.Single(Analyze("she lives on Elm near 12th"));
        Assert.True(cued.Score >= Threshold);
    }

    [Theory]
    [InlineData("SHE LIVES on Elm near 12th")]
    [InlineData("Su Domicilio: on Elm near 12th")]
    [InlineData("él vive en, on Elm near 12th")]
    [InlineData("la DIRECCIÓN on Elm near 12th")]
    public void Analyze_CueInAnyCaseOrScript_RaisesWeakForm(string text)
    {
        RecognizerResult cued = Assert.Single(Analyze(text));
        Assert.True(cued.Score >= Threshold);
    }

    [Fact]
    public void Analyze_Match_CarriesCanonicalForm()
    {
        RecognizerResult r = Assert.Single(Analyze("lives at 6120 South Kilbourn Avenue, Apt 4B, Chicago, IL 60629"));
        Assert.Equal("6120 S KILBOURN AVE APT 4B, CHICAGO, IL 60629", r.Normalized);
    }

    [Fact]
    public void Analyze_TwoAddresses_ReportsBoth()
    {
        List<string> spans = Spans("from 12 Oak St to 409 Magnolia Ave");
        Assert.Equal(["12 Oak St", "409 Magnolia Ave"], spans);
    }

    [Theory]
    [InlineData('1', 65536)]
    [InlineData('9', 65536)]
    public void Analyze_AllDigits64KiB_FindsNothing(char digit, int length) =>
        Assert.Empty(Analyze(new string(digit, length)));

    [Fact]
    public void Analyze_RepeatedNumberAndSuffix64KiB_FindsNoStreet()
    {
        // "1 St 1 St ...": every number is followed by a suffix but never by a name.
        string text = string.Concat(Enumerable.Repeat("1 St ", 65536 / 5));
        Assert.Empty(Spans(text));
    }

    [Fact]
    public void Analyze_RepeatedAddresses64KiB_FindsEachOnce()
    {
        string text = string.Concat(Enumerable.Repeat("12 Oak St ", 6000));
        Assert.Equal(6000, Spans(text).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Analyze_RandomAddressWordSoup_NeverThrowsAndSpansStayInText(int seed)
    {
        string[] vocabulary =
        [
            "12", "409", "1/2", "4B", "59th", "N", "N.", "S", "Main", "main", "St", "St.", "Ave", "Blvd", "Lake", "Shore",
            "Dr", "Apt", "#", "Suite", "Chicago", "IL", "Illinois", "60629", "-", "1234", ",", "\n", "P.O.", "PO", "Box",
            "Post", "Office", "Highway", "County", "Road", "Calle", "calle", "de", "la", "Av.", "C/", "3º", "B", "colonia",
            "col.", "Roma", "CP", "28014", "Madrid", "Carrera", "7", "45-10", "piso", "off", "on", "at", "near", "lives",
            "apartado", "correos", "Gran", "Vía", "New", "York", "NY", "$", ":", ".", "Broadway", "ZZ", "é",
        ];
        var random = new Random(seed);
        for (int post = 0; post < 300; post++)
        {
            string text = string.Join(random.Next(4) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 40)).Select(_ => vocabulary[random.Next(vocabulary.Length)]));
            foreach (RecognizerResult r in Analyze(text, random.Next(2) == 0 ? "en" : "es"))
            {
                Assert.InRange(r.Start, 0, text.Length - 1);
                Assert.InRange(r.End, r.Start + 1, text.Length);
                Assert.InRange(r.Score, 0.0, 1.0);
            }
        }
    }

    [Fact]
    public void Analyze_LongWordRuns64KiB_FindsNothing()
    {
        string text = string.Concat(Enumerable.Repeat("7 Calle Calle Calle Calle Calle colonia colonia PO Box Box ", 1100));
        Assert.All(Analyze(text, "es"), r => Assert.True(r.End - r.Start < 200));
    }
}
