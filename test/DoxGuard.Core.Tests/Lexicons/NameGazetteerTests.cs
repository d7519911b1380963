using System.Runtime.InteropServices;
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

    // The binary table replaces parsing the text lists at start-up: it must say exactly what the lists say, read
    // with the rules of the text loader it replaced (first names set, surnames added, common words folded).
    [Fact]
    public void Lookup_EveryListedWord_MatchesTheTextLists()
    {
        var expected = new Dictionary<string, NameEntry>(StringComparer.OrdinalIgnoreCase);
        foreach ((string key, ReadOnlyMemory<char> rest) in NameGazetteer.ReadRows("names-first.txt"))
        {
            ReadOnlySpan<char> span = rest.Span;
            int tab = span.IndexOf('\t');
            ReadOnlySpan<char> weight = tab < 0 ? span : span[..tab];
            int w = weight.Length > 0 && char.IsAsciiDigit(weight[0]) ? weight[0] - '0' : 1;
            bool city = tab >= 0 && span[(tab + 1)..].Contains('c');
            expected[key] = new NameEntry((byte)w, 0, city ? NameEntry.CityBit : (byte)0);
        }

        foreach ((string key, ReadOnlyMemory<char> rest) in NameGazetteer.ReadRows("names-last.txt"))
        {
            ref NameEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(expected, key, out _);
            ReadOnlySpan<char> span = rest.Span;
            entry = entry with { LastWeight = (byte)(span.Length > 0 && char.IsAsciiDigit(span[0]) ? span[0] - '0' : 1) };
        }

        foreach ((string key, _) in NameGazetteer.ReadRows("words-common.txt"))
        {
            ref NameEntry entry = ref CollectionsMarshal.GetValueRefOrAddDefault(expected, TextFold.Fold(key), out _);
            entry = entry with { Flags = (byte)(entry.Flags | NameEntry.CommonBit) };
        }

        NameGazetteer gazetteer = NameGazetteer.Instance;
        Assert.Equal(expected.Count, gazetteer.WordCount);
        int mismatches = 0;
        foreach ((string key, NameEntry entry) in expected)
        {
            if (gazetteer.Lookup(key) != entry || gazetteer.Lookup(key.ToUpperInvariant()) != entry)
            {
                mismatches++;
            }
        }

        Assert.Equal(0, mismatches);
    }

    [Theory]
    [InlineData("")]
    [InlineData("zzqx")]
    [InlineData("zzqxzzqx")]
    [InlineData("qqxqqxqqx")]
    [InlineData("smith-jones-zzqx")]
    public void Lookup_UnlistedWord_KnowsNothing(string word) =>
        Assert.Equal(default, NameGazetteer.Instance.Lookup(word));

    [Fact]
    public void Lookup_OverlongWord_KnowsNothing() =>
        Assert.Equal(default, NameGazetteer.Instance.Lookup(new string('a', 300)));
}
