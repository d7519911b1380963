using System.Text;
using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

/// <summary>
/// Pathological and random inputs: normalization never throws, and the offset map stays inside the original text
/// and monotonic. Correctness only; speed belongs to the benchmarks.
/// </summary>
public sealed class TextNormalizerRobustnessTests
{
    private const int MaxPost = 64 * 1024;

    private static readonly string[] Pieces =
    [
        "one", "five", "oh", "o", "cinco", "double", "triple", "at", "dot", "(at)", "[dot]", "arroba", "punto", "@", ".",
        "gmail", "com", "john", "0", "7", "12", "O", "l", "I", "|", " ", " ", "  ", "-", ",", "\n", "\t", "\u00A0",
        "\u200B", "\u00AD", "\uFEFF", "\u0430", "\u043E", "\u0391", "\u041F", "\uFF17", "\uFB01", "\u0301", "\u0303",
        "\U0001D7D5", "\U000E0041", "\uD800", "\uDC00", "\u00E1", "\u00F1", "x", "A", "$", "k1ll",
    ];

    public static TheoryData<string, string> PathologicalInputs() => new()
    {
        { "digits and spaces", Repeat("7 ", MaxPost) },
        { "dotted digits", Repeat("7.", MaxPost) },
        { "spelled ones", Repeat("one ", MaxPost) },
        { "spelled with oh", Repeat("five oh ", MaxPost) },
        { "multipliers", Repeat("double ", MaxPost) },
        { "zero-width", Repeat("\u200B", MaxPost) },
        { "combining marks", "e" + Repeat("\u0301", MaxPost - 1) },
        { "email markers", Repeat("a dot ", MaxPost) + "at gmail dot com" },
        { "at chain", Repeat("x at ", MaxPost) },
        { "bracket markers", Repeat("(at)", MaxPost) },
        { "look-alike digits", Repeat("1O", MaxPost) },
        { "homoglyph word", Repeat("\u0430b", MaxPost) },
        { "surrogate pairs", Repeat("\U0001D7D5", MaxPost) },
        { "lone surrogates", Repeat("\uD800", MaxPost) },
        { "random bytes", RandomText(new Random(7), MaxPost) },
    };

    [Theory]
    [MemberData(nameof(PathologicalInputs))]
    public void Normalize_PathologicalInput_FinishesWithValidMap(string name, string input)
    {
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.False(string.IsNullOrEmpty(name));
        AssertMapIsValid(input, normalized);
    }

    [Fact]
    public void Normalize_LongSpacedDigitRun_JoinsEveryDigit()
    {
        string input = Repeat("7 ", MaxPost);
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.Equal(new string('7', MaxPost / 2) + " ", normalized.Text);
    }

    [Fact]
    public void Normalize_LongSpelledRun_BecomesDigits()
    {
        string input = Repeat("one ", MaxPost);
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.Equal(new string('1', MaxPost / 4) + " ", normalized.Text);
    }

    [Fact]
    public void Normalize_OnlyZeroWidth_BecomesEmpty()
    {
        NormalizedText normalized = TextNormalizer.Normalize(Repeat("\u200B", MaxPost));
        Assert.Equal(string.Empty, normalized.Text);
        Assert.False(normalized.IsIdentity);
    }

    [Fact]
    public void Normalize_SeededRandomStrings_NeverThrowAndMapIsMonotonic()
    {
        var random = new Random(20261128);
        for (int n = 0; n < 3000; n++)
        {
            string input = n % 3 == 0 ? RandomText(random, random.Next(0, 200)) : RandomPieces(random, random.Next(0, 60));
            NormalizedText normalized = TextNormalizer.Normalize(input);
            AssertMapIsValid(input, normalized);
        }
    }

    private static void AssertMapIsValid(string input, NormalizedText normalized)
    {
        Assert.Same(input, normalized.Original);
        int previousStart = 0;
        int previousEnd = 0;
        for (int i = 0; i < normalized.Text.Length; i++)
        {
            (int start, int end) = normalized.ToOriginal(i, i + 1);
            Assert.InRange(start, 0, input.Length);
            Assert.InRange(end, start, input.Length);
            Assert.True(start >= previousStart && end >= previousEnd, $"map goes back at {i}");
            previousStart = start;
            previousEnd = end;
        }

        if (normalized.Text.Length > 0)
        {
            (int s, int e) = normalized.ToOriginal(0, normalized.Text.Length);
            Assert.InRange(s, 0, e);
            Assert.InRange(e, s, input.Length);
        }
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length + piece.Length <= length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }

    private static string RandomText(Random random, int length)
    {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        return new string(chars);
    }

    private static string RandomPieces(Random random, int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return builder.ToString();
    }
}
