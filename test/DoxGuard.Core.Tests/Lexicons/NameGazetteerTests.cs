using DoxGuard.Lexicons;

namespace DoxGuard.Tests.Lexicons;

public sealed class NameGazetteerTests
{
    [Fact]
    public void Instance_Loaded_HasEveryList()
    {
        NameGazetteer gazetteer = NameGazetteer.Instance;
        Assert.InRange(gazetteer.FirstNameCount, 10_000, 100_000);
        Assert.InRange(gazetteer.LastNameCount, 30_000, 100_000);
        Assert.InRange(gazetteer.NicknameCount, 500, 5_000);
    }

    [Theory]
    [InlineData("daniel", 9)]
    [InlineData("DANIEL", 9)]
    [InlineData("jose", 8)]
    [InlineData("zzqx", 0)]
    public void FirstNameWeight_Name_GivesWeight(string name, int expected) =>
        Assert.Equal(expected, NameGazetteer.Instance.FirstNameWeight(name));

    [Theory]
    [InlineData("smith", true)]
    [InlineData("garcia", true)]
    [InlineData("hernandez", true)]
    [InlineData("zzqx", false)]
    public void LastNameWeight_Name_KnownOrNot(string name, bool known) =>
        Assert.Equal(known, NameGazetteer.Instance.LastNameWeight(name) > 0);

    [Theory]
    [InlineData("will", true)]
    [InlineData("Monday", true)]
    [InlineData("the", true)]
    [InlineData("kwiatkowski", false)]
    [InlineData("daniel", false)]
    public void IsCommonWord_Word_Classified(string word, bool expected) =>
        Assert.Equal(expected, NameGazetteer.Instance.IsCommonWord(word));

    [Theory]
    [InlineData("García", "garcia")]
    [InlineData("NÚÑEZ", "nunez")]
    [InlineData("Łukasz", "lukasz")]
    public void Fold_Accented_IsFolded(string text, string expected) => Assert.Equal(expected, TextFold.Fold(text));
}
