using DoxGuard.Analysis;

namespace DoxGuard.Tests.Analysis;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Officer Kwiatkowski lives at 6120 S Kilbourn Ave, go say hi", "en")]
    [InlineData("this traffic is killing me", "en")]
    [InlineData("El oficial vive en la calle Sauce 1414, vayan a su casa", "es")]
    [InlineData("¿Alguien tiene la dirección de ese agente?", "es")]
    [InlineData("te voy a matar jaja", "es")]
    public void Detect_Sentence_ReturnsLanguage(string text, string expected) => Assert.Equal(expected, LanguageDetector.Detect(text));

    [Theory]
    [InlineData("es-MX", "the house", "es")]
    [InlineData("EN", "la casa de los perros", "en")]
    [InlineData("fr", "la casa de los perros y el gato", "es")]
    [InlineData(null, "the dog and the cat", "en")]
    public void Resolve_CallerTag_WinsWhenKnown(string? tag, string text, string expected) => Assert.Equal(expected, LanguageDetector.Resolve(tag, text));
}
