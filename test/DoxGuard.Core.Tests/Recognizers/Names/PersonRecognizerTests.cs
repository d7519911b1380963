using System.Text;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;
using DoxGuard.Recognizers.Names;

namespace DoxGuard.Tests.Recognizers.Names;

public sealed class PersonRecognizerTests
{
    private static readonly PersonRecognizer Recognizer = new();

    internal static List<string> Find(string text, string language = "en", double threshold = 0.5)
    {
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(text), language), results);
        return results.Where(r => r.Score >= threshold && r.Type == EntityType.Person).Select(r => text[r.Start..r.End]).ToList();
    }

    [Theory]
    // Titles and role words.
    [InlineData("Officer Kwiatkowski pulled me over", "Kwiatkowski")]
    [InlineData("Special Agent Dana Scully was there", "Dana Scully")]
    [InlineData("Det. Laura Ortiz took the report", "Laura Ortiz")]
    [InlineData("Sgt Ramirez again", "Ramirez")]
    [InlineData("We hired Mr. Whitfield as manager.", "Whitfield")]
    [InlineData("Trooper Zaldivar stopped us", "Zaldivar")]
    [InlineData("Judge Roberts dismissed the case.", "Roberts")]
    [InlineData("Dr. Martin Luther King Jr. spoke", "Martin Luther King")]
    // Cues.
    [InlineData("his name is daniel kwiatkowski and he drives a truck", "daniel kwiatkowski")]
    [InlineData("her real name is jessica alba", "jessica alba")]
    [InlineData("a guy named Derek showed up", "Derek")]
    [InlineData("the driver, aka Danny Kay, left", "Danny Kay")]
    [InlineData("his name is daniel kwiatkowski lives on elm", "daniel kwiatkowski")]
    // Given name and surname, nicknames, initials, hyphens, possessives.
    [InlineData("The officer is Daniel Kwiatkowski and he lives nearby", "Daniel Kwiatkowski")]
    [InlineData("Danny Kwiatkowski is the one", "Danny Kwiatkowski")]
    [InlineData("Danny Kwiatkowski's wife works downtown", "Danny Kwiatkowski")]
    [InlineData("Daniel M. Kwiatkowski signed the report", "Daniel M. Kwiatkowski")]
    [InlineData("Ask Heather Nguyen-Tran for details.", "Heather Nguyen-Tran")]
    [InlineData("Ms. O'Connor will chair the meeting.", "O'Connor")]
    [InlineData("Joe Biden said the bill would pass", "Joe Biden")]
    [InlineData("Will Smith was at the game", "Will Smith")]
    [InlineData("MARIA LOPEZ LIVES HERE", "MARIA LOPEZ")]
    [InlineData("I talked to Maria yesterday", "Maria")]
    [InlineData("Hi Jennifer, thanks for the note.", "Jennifer")]
    public void Analyze_English_FindsName(string text, string expected) =>
        Assert.Contains(expected, Find(text));

    [Theory]
    [InlineData("La jueza María José Pérez de la Cruz firmó la orden", "María José Pérez de la Cruz")]
    [InlineData("Cien años de soledad la escribió Gabriel García Márquez", "Gabriel García Márquez")]
    [InlineData("El expresidente José Luis Rodríguez Zapatero habló ayer", "José Luis Rodríguez Zapatero")]
    [InlineData("El agente se llama Juan Hernández", "Juan Hernández")]
    [InlineData("su nombre es lucia fernandez y vive aquí", "lucia fernandez")]
    [InlineData("Mi vecina Lucía Martínez-López vive allí", "Lucía Martínez-López")]
    [InlineData("Habló con Don Ramón ayer", "Ramón")]
    [InlineData("nombre: Pedro Sánchez", "Pedro Sánchez")]
    [InlineData("Ayer vi a Sofía en el mercado.", "Sofía")]
    [InlineData("La policía detuvo a Miguel Ángel Torres.", "Miguel Ángel Torres")]
    [InlineData("Leí a José Ortega y Gasset en clase", "José Ortega y Gasset")]
    public void Analyze_Spanish_FindsName(string text, string expected) =>
        Assert.Contains(expected, Find(text, "es"));

    [Theory]
    [InlineData("Will you come to the party tonight?")]
    [InlineData("May I ask a question?")]
    [InlineData("The grace period ends on Friday")]
    [InlineData("Grace period for payments is ten days.")]
    [InlineData("Chase Bank closed my account")]
    [InlineData("These Jordan shoes are fake")]
    [InlineData("Hope this helps everyone")]
    [InlineData("Mark my words, it will rain")]
    [InlineData("Bill me later for the rest")]
    [InlineData("The Rose garden is lovely")]
    [InlineData("Meet me at 42 Lincoln Ave tomorrow")]
    [InlineData("See you on Monday")]
    [InlineData("Thank God it is over")]
    [InlineData("We stayed at Trump Tower last year")]
    [InlineData("My name is not important")]
    [InlineData("Austin Texas is hot in summer")]
    [InlineData("I moved to Dallas last year")]
    [InlineData("The Golden Gate Bridge is in San Francisco.")]
    [InlineData("Georgia Power raised rates.")]
    [InlineData("Agent Orange caused harm.")]
    [InlineData("The Justice Department sued.")]
    [InlineData("Chief Executive Officer resigned.")]
    [InlineData("Reed instruments are hard to play.")]
    [InlineData("The Jackson Five were famous.")]
    [InlineData("write to daniel.kwiatkowski@example.com")]
    [InlineData("follow @DanielKwiatkowski")]
    [InlineData("CALL ME NOW")]
    [InlineData("I met john smith at the bar.")]
    [InlineData("Christmas Eve dinner at grandma's house.")]
    [InlineData("Sydney Opera House tour was fun.")]
    public void Analyze_LookAlike_FindsNothing(string text) => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Nos vemos el lunes en la calle principal")]
    [InlineData("Rosa es mi color favorito")]
    [InlineData("Hola, ¿cómo estás?")]
    [InlineData("La Paz es la capital")]
    [InlineData("El Real Madrid ganó el partido.")]
    [InlineData("El Banco Santander cerró.")]
    public void Analyze_SpanishLookAlike_FindsNothing(string text) => Assert.Empty(Find(text, "es"));

    [Fact]
    public void Analyze_TwoPeopleJoinedByY_AreNotOneName()
    {
        List<string> names = Find("Ayer Juan y Pedro fueron al cine", "es");
        Assert.DoesNotContain("Juan y Pedro", names);
        Assert.Contains("Pedro", names);
    }

    [Fact]
    public void Analyze_SentenceInitialLoneName_StaysUnderThreshold()
    {
        Assert.Empty(Find("Sue the company."));
        Assert.Contains("Sue", Find("Sue the company.", threshold: 0.4));
    }

    [Fact]
    public void Analyze_Span_ExcludesTitleAndPossessive()
    {
        const string Text = "Officer Kwiatkowski's car";
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(Text), "en"), results);
        RecognizerResult result = Assert.Single(results);
        Assert.Equal(8, result.Start);
        Assert.Equal(19, result.End);
    }

    [Fact]
    public void Analyze_RepeatedTitles_FindsNothingAndTerminates()
    {
        var text = new StringBuilder();
        while (text.Length < 64 * 1024)
        {
            text.Append("Mr. ");
        }

        Assert.Empty(Find(text.ToString()));
    }

    [Fact]
    public void Analyze_64KiBOfCapitalisedNames_FindsBoundedRuns()
    {
        var text = new StringBuilder();
        while (text.Length < 64 * 1024)
        {
            text.Append("Daniel Maria Kwiatkowski Jose ");
        }

        List<string> names = Find(text.ToString());
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.True(n.Split(' ').Length <= 5, n));
    }

    [Fact]
    public void Analyze_64KiBOfOneLongWord_FindsNothing() => Assert.Empty(Find(new string('A', 64 * 1024)));
}
