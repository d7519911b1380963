using System.Text;
using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

/// <summary>
/// The probe lets <see cref="TextNormalizer"/> skip stages, so a flag it clears wrongly would silently lose a
/// de-obfuscation: every cleared flag is checked against the stage it stands for.
/// </summary>
public sealed class NormalizationProbeTests
{
    private static readonly string[] Pieces =
    [
        "one", "five", "Five", "oh", "o", "O", "cinco", "tres", "dos", "double", "doble", "triple", "at", "AT", "dot",
        "(at)", "[dot]", "{ arroba }", "arroba", "punto", "@", ".", "gmail", "com", "org", "john", "0", "7", "4", "12",
        "555", "l", "I", "|", " ", " ", " ", "  ", "-", " - ", ",", ".", "_", "*", "\n", "\r", "\t", "\u00A0", "\u200B",
        "\u00AD", "\uFEFF", "\u0430", "\u043E", "\u0391", "\u041F", "\uFF17", "\uFB01", "\u0301", "\u0303",
        "\U0001D7D5", "\U0001F600", "\u00E1", "\u00F1", "\u00E9", "\u00BF", "\u00A1", "\u201C", "\u2014", "\u2026",
        "\u00B2", "\u00BA", "x", "A", "$", "the", "my", "http://", "www.", "/", "\u0663", "yahoo", "GMAIL", "googlemail",
        "sbcglobal", "amazon", "(", "[ ", " {", "<", ")", "]", " at ", " at  ", "(at)", "(dot)", "me", "ya.hoo", "co",
    ];

    [Fact]
    public void Of_RandomTexts_NeverClearsAFlagWhoseStageWouldEdit()
    {
        var random = new Random(20261129);
        var builder = new StringBuilder();
        int checkedTexts = 0;
        for (int sample = 0; sample < 30_000; sample++)
        {
            builder.Clear();
            int pieces = random.Next(1, 14);
            for (int p = 0; p < pieces; p++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            AssertProbeCovers(builder.ToString());
            checkedTexts++;
        }

        Assert.Equal(30_000, checkedTexts);
    }

    [Theory]
    [InlineData("call five five five oh one four three")]
    [InlineData("llama al cinco cinco cinco cero uno cuatro tres")]
    [InlineData("it is 7 seven 3 ok")]
    [InlineData("5 oh 6 oh 7")]
    [InlineData("call 7 7 3 5 5 5 0 1 4 3")]
    [InlineData("7.7.3.5.5")]
    [InlineData("call 773-555-O143")]
    [InlineData("john dot smith at gmail dot com")]
    [InlineData("john(at)gmail(dot)com")]
    [InlineData("john @ gmail . com")]
    [InlineData("john@gmail dot com")]
    [InlineData("mail jane at gmail.com")]
    [InlineData("mail jane at googlemail.com")]
    [InlineData("mail jane [ at ] example.com")]
    [InlineData("j\u043Ehn@gm\u0430il.com")]
    [InlineData("773\u200B555\u200C0143")]
    [InlineData("call \uFF17\uFF17\uFF13 now")]
    [InlineData("cafe\u0301 y pan")]
    [InlineData("tab\there")]
    public void Of_ObfuscatedTexts_FlagTheStagesThatUndoThem(string text)
    {
        NormalizationProbe probe = NormalizationProbe.Of(text);

        Assert.False(probe.IsQuiet);
        Assert.False(TextNormalizer.Normalize(text).IsIdentity);
        AssertProbeCovers(text);
    }

    [Theory]
    [InlineData("Honestly the game last night was wild, the defense kept killing it and nobody expected that comeback.")]
    [InlineData("Hoy fue un d\u00EDa largu\u00EDsimo en el trabajo, nom\u00E1s quiero llegar a casa y dormir.")]
    [InlineData("Qu\u00E9 partidazo el de anoche, el portero salv\u00F3 tres goles seguidos y la afici\u00F3n cant\u00F3.")]
    [InlineData("\u00BFD\u00F3nde est\u00E1 el ni\u00F1o? \u00A1Ping\u00FCino! \u201CS\u00ED\u201D \u2014 dijo \u00ABya\u00BB, 20\u20AC.")]
    [InlineData("For the bake sale contact Ana L\u00F3pez at ana.42@example.com or call (312) 555-0143 before Friday.")]
    [InlineData("My new office is at 409 Magnolia St, drop by anytime or email me at maria.17@example.com, phone 555.")]
    [InlineData("Look at amazon.com for the deal")]
    [InlineData("Look at amazon for the deal, we start at 9 sharp and the score was 21-14.")]
    [InlineData("one of my two kids turned 12 on 04/12/2019, call (312) 555-0143 or write press@example.org")]
    [InlineData("Plate IL DV12345, OIL change at lol o'clock")]
    public void Of_OrdinaryPosts_AreQuietAndNormalizeToIdentity(string text)
    {
        NormalizationProbe probe = NormalizationProbe.Of(text);
        NormalizedText normalized = TextNormalizer.Normalize(text);

        Assert.True(probe.IsQuiet, Describe(probe));
        Assert.True(normalized.IsIdentity);
        Assert.Same(text, normalized.Text);
    }

    [Theory]
    [InlineData('\u00E1', true)]
    [InlineData('\u00F1', true)]
    [InlineData('\u00DC', true)]
    [InlineData('\u00BF', true)]
    [InlineData('\u201D', true)]
    [InlineData('\u2014', true)]
    [InlineData('\u20AC', true)]
    [InlineData('\u00A0', false)]
    [InlineData('\u00AD', false)]
    [InlineData('\u00B2', false)]
    [InlineData('\u00BD', false)]
    [InlineData('\u2026', false)]
    [InlineData('\u200B', false)]
    [InlineData('\u0430', false)]
    [InlineData('\u0301', false)]
    [InlineData('\uFF17', false)]
    public void IsQuietChar_OrdinaryLettersAndPunctuation_QuietFoldableOnesNot(char c, bool quiet) =>
        Assert.Equal(quiet, NormalizationProbe.IsQuietChar(c));

    [Fact]
    public void IsQuietChar_EveryQuietChar_NormalizesToItselfBetweenLetters()
    {
        int quiet = 0;
        for (int c = 0x80; c <= 0xFFFF; c++)
        {
            if (!NormalizationProbe.IsQuietChar((char)c))
            {
                continue;
            }

            quiet++;
            string text = "a" + (char)c + "b 7 " + (char)c;
            List<TextEdit>? edits = null;
            CharacterStage.Run(text, ref edits);
            HomoglyphStage.Run(text, ref edits);
            Assert.True(edits is null || edits.Count == 0, $"U+{c:X4} is edited");
        }

        Assert.True(quiet > 200, $"only {quiet} quiet characters");
    }

    private static void AssertProbeCovers(string text)
    {
        NormalizationProbe probe = NormalizationProbe.Of(text);
        if (!probe.Characters)
        {
            AssertNoEdits(text, "character", Run(CharacterStageRun, text));
            AssertNoEdits(text, "homoglyph", Run(HomoglyphStage.Run, text));
        }

        if (!probe.Spelled)
        {
            AssertNoEdits(text, "spelled", Run(SpelledDigitStage.Run, text));
        }

        if (!probe.Spaced)
        {
            AssertNoEdits(text, "spaced", Run(SpacedDigitStage.Run, text));
        }

        if (!probe.Lookalike)
        {
            AssertNoEdits(text, "look-alike", Run(LookalikeDigitStage.Run, text));
        }

        if (!probe.Email)
        {
            AssertNoEdits(text, "email", Run(EmailStage.Run, text));
        }
    }

    private delegate void Stage(string text, ref List<TextEdit>? edits);

    private static void CharacterStageRun(string text, ref List<TextEdit>? edits) => CharacterStage.Run(text, ref edits);

    private static int Run(Stage stage, string text)
    {
        List<TextEdit>? edits = null;
        stage(text, ref edits);
        return edits?.Count ?? 0;
    }

    private static void AssertNoEdits(string text, string stage, int edits) =>
        Assert.True(edits == 0, $"the probe skipped the {stage} stage, which edits '{Escape(text)}'");

    private static string Describe(NormalizationProbe probe) =>
        $"characters {probe.Characters}, spelled {probe.Spelled}, spaced {probe.Spaced}, look-alike {probe.Lookalike}, email {probe.Email}";

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            builder.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
