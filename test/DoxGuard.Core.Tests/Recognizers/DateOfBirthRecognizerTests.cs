using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class DateOfBirthRecognizerTests
{
    private static readonly DateOfBirthRecognizer Recognizer = new();

    private static List<RecognizerResult> Analyze(string text, string language)
    {
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(text), language), results);
        return results.Where(r => r.Type == EntityType.DateOfBirth && r.Score >= 0.5).ToList();
    }

    [Theory]
    [InlineData("DOB: 03/14/1985", "en", "03/14/1985", "1985-03-14")]
    [InlineData("D.O.B. 3/4/85, lives on Elm", "en", "3/4/85", "1985-03-04")]
    [InlineData("he was born on March 3, 1985 in Ohio", "en", "March 3, 1985", "1985-03-03")]
    [InlineData("born 3 March 1985", "en", "3 March 1985", "1985-03-03")]
    [InlineData("date of birth 1985-03-03", "en", "1985-03-03", "1985-03-03")]
    [InlineData("Dan K (b. 12/01/1979)", "en", "12/01/1979", "1979-12-01")]
    [InlineData("14/03/1985 (DOB)", "en", "14/03/1985", "1985-03-14")]
    [InlineData("bday 7/4/2001 lol", "en", "7/4/2001", "2001-07-04")]
    [InlineData("Fecha de nacimiento: 04/03/1985", "es", "04/03/1985", "1985-03-04")]
    [InlineData("Nació el 3 de marzo de 1985 en Sevilla", "es", "3 de marzo de 1985", "1985-03-03")]
    [InlineData("nacida el 9 de septiembre de 1990", "es", "9 de septiembre de 1990", "1990-09-09")]
    [InlineData("f. nac. 1/2/1970", "es", "1/2/1970", "1970-02-01")]
    // Every cue spelling the cheap pre-check must let through to the cue regex.
    [InlineData("d. o. b. 03/14/1985", "en", "03/14/1985", "1985-03-14")]
    [InlineData("D O B 3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("do.b 3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("d.o. b 3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("(dob) 3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("d\u00A0o\u00A0b 3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("dob\t3/4/85", "en", "3/4/85", "1985-03-04")]
    [InlineData("B-DAY 7/4/2001", "en", "7/4/2001", "2001-07-04")]
    [InlineData("BIRTHDATE 7/4/2001", "en", "7/4/2001", "2001-07-04")]
    [InlineData("Born: 7/4/2001", "en", "7/4/2001", "2001-07-04")]
    [InlineData("(B. 12/01/1979)", "en", "12/01/1979", "1979-12-01")]
    [InlineData("NACIÓ el 3 de marzo de 1985", "es", "3 de marzo de 1985", "1985-03-03")]
    [InlineData("cumple: 04/03/1985", "es", "04/03/1985", "1985-03-04")]
    [InlineData("nacimiento 04/03/1985", "es", "04/03/1985", "1985-03-04")]
    public void Analyze_DateWithCue_FindsDateAndIsoForm(string text, string language, string expected, string iso)
    {
        RecognizerResult result = Assert.Single(Analyze(text, language), r => text[r.Start..r.End] == expected);
        Assert.Equal(iso, result.Normalized);
    }

    [Theory]
    [InlineData("Her birthday is July 4th", "en", "July 4th")]
    [InlineData("su cumpleaños es el 5 de mayo", "es", "5 de mayo")]
    public void Analyze_DayAndMonthWithCue_FindsDateWithoutIso(string text, string language, string expected)
    {
        RecognizerResult result = Assert.Single(Analyze(text, language));
        Assert.Equal(expected, text[result.Start..result.End]);
        Assert.Null(result.Normalized);
        Assert.True(result.Score < 0.9);
    }

    [Theory]
    [InlineData("I was born in 1985", "en")]
    [InlineData("the meeting on 03/04/2021 went well", "en")]
    [InlineData("deadline 11/28/2026", "en")]
    [InlineData("Happy birthday! The meeting is 03/04/2021", "en")]
    [InlineData("DOB 13/13/1985", "en")]
    [InlineData("born on 02/30/1990", "en")]
    [InlineData("born 3/4/2090", "en")]
    [InlineData("La reunión es el 3 de marzo de 2025", "es")]
    [InlineData("March 3, 1985 was a Sunday", "en")]
    [InlineData("drop by 3/4/85", "en")]
    [InlineData("and nobody 3/4/85", "en")]
    [InlineData("doblado 3/4/85", "es")]
    public void Analyze_NoCueOrInvalidDate_FindsNothing(string text, string language) =>
        Assert.Empty(Analyze(text, language));

    [Fact]
    public void Analyze_CueFarFromDate_FindsNothing() =>
        Assert.Empty(Analyze("born and raised in the big city of Chicago, we met at the mall on 03/04/2021", "en"));
}
