using DoxGuard.Entities;

namespace DoxGuard.Recognizers.Names;

/// <summary>The PERSON recognizer's own examples, run by the shared conformance test.</summary>
internal static class PersonExamples
{
    private static RecognizerExample P(string text, string expected, string language = "en") =>
        new(text, EntityType.Person, expected, language);

    private static RecognizerExample N(string text, string language = "en") =>
        new(text, EntityType.Person, null, language);

    public static IReadOnlyList<RecognizerExample> All { get; } =
    [
        P("The officer is Daniel Kwiatkowski and he lives nearby", "Daniel Kwiatkowski"),
        P("Danny Kwiatkowski is the one who wrote the ticket", "Danny Kwiatkowski"),
        P("Officer Kwiatkowski pulled me over", "Kwiatkowski"),
        P("I saw Sgt. Ramirez at the gas station", "Ramirez"),
        P("Special Agent Dana Scully was there", "Dana Scully"),
        P("his name is daniel kwiatkowski and he drives a truck", "daniel kwiatkowski"),
        P("Danny Kwiatkowski's wife works downtown", "Danny Kwiatkowski"),
        P("Joe Biden said the bill would pass", "Joe Biden"),
        P("Daniel M. Kwiatkowski signed the report", "Daniel M. Kwiatkowski"),
        P("I talked to Maria yesterday", "Maria"),
        P("Will Smith was at the game", "Will Smith"),
        P("La jueza María José Pérez de la Cruz firmó la orden", "María José Pérez de la Cruz", "es"),
        P("Cien años de soledad la escribió Gabriel García Márquez", "Gabriel García Márquez", "es"),
        P("El expresidente José Luis Rodríguez Zapatero habló ayer", "José Luis Rodríguez Zapatero", "es"),
        P("El agente se llama Juan Hernández", "Juan Hernández", "es"),
        P("Mi vecina Lucía Martínez-López vive allí", "Lucía Martínez-López", "es"),
        N("Will you come to the party tonight?"),
        N("May I ask a question?"),
        N("The grace period ends on Friday"),
        N("Chase Bank closed my account"),
        N("These Jordan shoes are fake"),
        N("Hope this helps everyone"),
        N("Mark my words, it will rain"),
        N("Bill me later for the rest"),
        N("The Rose garden is lovely"),
        N("Meet me at 42 Lincoln Ave tomorrow"),
        N("See you on Monday"),
        N("Thank God it is over"),
        N("We stayed at Trump Tower last year"),
        N("My name is not important"),
        N("Mr. Mr. Mr. Mr."),
        N("Austin Texas is hot in summer"),
        N("Nos vemos el lunes en la calle principal", "es"),
    ];
}
