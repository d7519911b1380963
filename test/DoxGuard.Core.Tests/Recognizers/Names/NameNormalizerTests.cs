using DoxGuard.Recognizers.Names;

namespace DoxGuard.Tests.Recognizers.Names;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Danny", "daniel")]
    [InlineData("Bob", "robert")]
    [InlineData("Bill", "william")]
    [InlineData("Danny Kwiatkowski", "daniel kwiatkowski")]
    [InlineData("DANNY  KWIATKOWSKI", "daniel kwiatkowski")]
    [InlineData("Daniel Kwiatkowski", "daniel kwiatkowski")]
    [InlineData("José-Luis Pérez", "jose luis perez")]
    [InlineData("María José Pérez de la Cruz", "maria jose perez de la cruz")]
    [InlineData("Pepe Núñez", "jose nunez")]
    [InlineData("Seán O'Brien", "sean obrien")]
    [InlineData("  ", "")]
    public void Canonical_Name_GivesCanonicalForm(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Canonical(name));

    [Theory]
    [InlineData("Kwiatkowski Danny", "kwiatkowski danny")]
    [InlineData("Smith", "smith")]
    public void Canonical_NicknameNotFirst_IsNotResolved(string name, string expected) =>
        Assert.Equal(expected, NameNormalizer.Canonical(name));
}
