using DoxGuard.Normalization;

namespace DoxGuard.Tests.Normalization;

public sealed class TextNormalizerTests
{
    /// <summary>
    /// Checks the normalized text, then that the normalized span maps back to exactly the obfuscated original span.
    /// </summary>
    private static void AssertNormalizes(string input, string expectedText, string normalizedSpan, string originalSpan)
    {
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.Equal(expectedText, normalized.Text);
        Assert.False(normalized.IsIdentity);
        int at = normalized.Text.IndexOf(normalizedSpan, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{normalizedSpan}' not in '{normalized.Text}'");
        (int start, int end) = normalized.ToOriginal(at, at + normalizedSpan.Length);
        Assert.Equal(originalSpan, input[start..end]);
    }

    [Theory]
    [InlineData("call \uFF17\uFF17\uFF13-\uFF15\uFF15\uFF15-\uFF10\uFF11\uFF14\uFF13 now", "call 773-555-0143 now", "773-555-0143", "\uFF17\uFF17\uFF13-\uFF15\uFF15\uFF15-\uFF10\uFF11\uFF14\uFF13")]
    [InlineData("mail \uFF4A\uFF4F\uFF48\uFF4E\uFF20\uFF47\uFF4D\uFF41\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D", "mail john@gmail.com", "john@gmail.com", "\uFF4A\uFF4F\uFF48\uFF4E\uFF20\uFF47\uFF4D\uFF41\uFF49\uFF4C\uFF0E\uFF43\uFF4F\uFF4D")]
    [InlineData("the \uFB01le", "the file", "file", "\uFB01le")]
    [InlineData("code 4\u00B21", "code 421", "421", "4\u00B21")]
    [InlineData("call \U0001D7D5\U0001D7D5\U0001D7D1 today", "call 773 today", "773", "\U0001D7D5\U0001D7D5\U0001D7D1")]
    [InlineData("\U0001D423\U0001D428\U0001D421\U0001D427 here", "john here", "john", "\U0001D423\U0001D428\U0001D421\U0001D427")]
    [InlineData("cafe\u0301 y pan", "caf\u00E9 y pan", "caf\u00E9", "cafe\u0301")]
    [InlineData("\u2460\u2461\u2462 Main", "123 Main", "123", "\u2460\u2461\u2462")]
    public void Normalize_CompatibilityForms_FoldToNfkc(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("j\u043Ehn@gm\u0430il.com", "john@gmail.com", "john@gmail.com", "j\u043Ehn@gm\u0430il.com")]
    [InlineData("write to \u0455mith.j\u0430ne@\u0443ahoo.com", "write to smith.jane@yahoo.com", "smith.jane@yahoo.com", "\u0455mith.j\u0430ne@\u0443ahoo.com")]
    [InlineData("plate \u0391\u0392C 123", "plate ABC 123", "ABC", "\u0391\u0392C")]
    [InlineData("p\u03BFlice st", "police st", "police", "p\u03BFlice")]
    [InlineData("\u0405\u0422\u0415PHEN KING", "STEPHEN KING", "STEPHEN", "\u0405\u0422\u0415PHEN")]
    [InlineData("call 773-555-\u041E143", "call 773-555-0143", "773-555-0143", "773-555-\u041E143")]
    public void Normalize_HomoglyphsMixedIntoLatin_MapToLatin(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("\u041F\u0440\u0438\u0432\u0435\u0442, \u043A\u0430\u043A \u0434\u0435\u043B\u0430?")]
    [InlineData("\u039A\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2")]
    [InlineData("\u0441\u043E\u0441\u043E \u0440\u0430\u0440\u0430")]
    [InlineData("Jos\u00E9 N\u00FA\u00F1ez vive aqu\u00ED, \u00BFno?")]
    [InlineData("\u041C\u043E\u0441\u043A\u0432\u0430 2026")]
    [InlineData("Calle de Alcal\u00E1 45, 3\u00BA B, 1\u00AA planta")]
    [InlineData("41\u00B0 46\u2032 41.2\u2033 N, 87\u00B0 42\u2032 4.4\u2033 W")]
    public void Normalize_GenuineNonLatinOrAccentedText_IsUntouched(string input)
    {
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.True(normalized.IsIdentity, $"changed to '{normalized.Text}'");
        Assert.Same(input, normalized.Text);
    }

    [Theory]
    [InlineData("773\u200B555\u200C0143", "7735550143", "7735550143", "773\u200B555\u200C0143")]
    [InlineData("jo\u00ADhn\uFEFF@mail.com", "john@mail.com", "john@mail.com", "jo\u00ADhn\uFEFF@mail.com")]
    [InlineData("12\u2060 Oak\u200D St", "12 Oak St", "Oak", "Oak")]
    [InlineData("a\u00A0b\u3000c\td\u202Fe\u2003f", "a b c d e f", "c d", "c\td")]
    [InlineData("x \U000E0041\U000E0042y", "x y", "y", "y")]
    public void Normalize_InvisibleAndOddSpacing_RemovedOrPlainSpace(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("call five five five oh one four three", "call 5550143", "5550143", "five five five oh one four three")]
    [InlineData("llama al cinco cinco cinco cero uno cuatro tres", "llama al 5550143", "5550143", "cinco cinco cinco cero uno cuatro tres")]
    [InlineData("it is 7 seven 3 ok", "it is 773 ok", "773", "7 seven 3")]
    [InlineData("Five-Five-Five, one two", "55512", "55512", "Five-Five-Five, one two")]
    [InlineData("dial double five two now", "dial 552 now", "552", "double five two")]
    [InlineData("triple 7 one", "7771", "7771", "triple 7 one")]
    [InlineData("773 five five five 0143", "7735550143", "7735550143", "773 five five five 0143")]
    [InlineData("seven.seven.three", "773", "773", "seven.seven.three")]
    [InlineData("uno dos tres o cuatro cinco", "123045", "123045", "uno dos tres o cuatro cinco")]
    public void Normalize_SpelledDigitRuns_BecomeDigits(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("call 7 7 3 5 5 5 0 1 4 3 now", "call 7735550143 now", "7735550143", "7 7 3 5 5 5 0 1 4 3")]
    [InlineData("7.7.3.5.5.5.0.1.4.3", "7735550143", "7735550143", "7.7.3.5.5.5.0.1.4.3")]
    [InlineData("7-7-3-5-5-5", "773555", "773555", "7-7-3-5-5-5")]
    [InlineData("call 7 7 3 - 5 5 5 - 0 1 4 3.", "call 7735550143.", "7735550143", "7 7 3 - 5 5 5 - 0 1 4 3")]
    [InlineData("7 7 3 5 5 5 O 1 4 3", "7735550143", "7735550143", "7 7 3 5 5 5 O 1 4 3")]
    [InlineData("ssn 1  2  3  4  5", "ssn 12345", "12345", "1  2  3  4  5")]
    [InlineData("773-555-O143", "773-555-0143", "0143", "O143")]
    [InlineData("area 4l5 code", "area 415 code", "415", "4l5")]
    [InlineData("zip 6O6I4", "zip 60614", "60614", "6O6I4")]
    public void Normalize_SpacedDottedAndLookalikeDigits_AreJoined(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("john dot smith at gmail dot com", "john.smith@gmail.com", "john.smith@gmail.com", "john dot smith at gmail dot com")]
    [InlineData("mail john(at)gmail(dot)com", "mail john@gmail.com", "john@gmail.com", "john(at)gmail(dot)com")]
    [InlineData("john [at] gmail [dot] com please", "john@gmail.com please", "john@gmail.com", "john [at] gmail [dot] com")]
    [InlineData("john @ gmail . com", "john@gmail.com", "john@gmail.com", "john @ gmail . com")]
    [InlineData("write john at gmail.com.", "write john@gmail.com.", "john@gmail.com", "john at gmail.com")]
    [InlineData("john@gmail dot com", "john@gmail.com", "john@gmail.com", "john@gmail dot com")]
    [InlineData("hi,     jo@yahoo [dot] es", "hi,     jo@yahoo.es", "jo@yahoo.es", "jo@yahoo [dot] es")]
    [InlineData("juan arroba hotmail punto com", "juan@hotmail.com", "juan@hotmail.com", "juan arroba hotmail punto com")]
    [InlineData("email me at jd99 AT work-mail DOT co DOT uk", "email me at jd99@work-mail.co.uk", "jd99@work-mail.co.uk", "jd99 AT work-mail DOT co DOT uk")]
    public void Normalize_WrittenOutEmails_AreRebuilt(string input, string expected, string normalizedSpan, string originalSpan) =>
        AssertNormalizes(input, expected, normalizedSpan, originalSpan);

    [Theory]
    [InlineData("one of my two kids is three")]
    [InlineData("I have one dog and two cats")]
    [InlineData("cinco o seis personas")]
    [InlineData("oh one two")]
    [InlineData("call 773 555 0143 or 773-555-0143")]
    [InlineData("server 192.168.1.20 and dns 8.8.8.8")]
    [InlineData("it costs 12.5 or 1.5 2.5 3.5")]
    [InlineData("born 2026-11-28 or 11/28/2026 at 10:30")]
    [InlineData("OIL prices, lol, Ohio 44, I 55, No.10")]
    [InlineData("look at amazon.com for it")]
    [InlineData("meet me at noon at the park")]
    [InlineData("we're at the dot com bubble")]
    [InlineData("john at home dot")]
    [InlineData("steps 1 2 3 then go")]
    [InlineData("see https://x.com/2018-07-28-one-cup-of-tea and www.site.com/p/22o141 or site.org/a/7-7-3-5-5")]
    [InlineData("on 2018-07-28 one man")]
    [InlineData("truck stop on I77 north, I5 south")]
    [InlineData("scores were 3-1 2-0 1-1 and 4 - 2")]
    [InlineData("mail john@gmail.com today")]
    [InlineData("line one\nline two\r\n")]
    public void Normalize_OrdinaryText_IsIdentityWithoutMap(string input)
    {
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.True(normalized.IsIdentity, $"changed to '{normalized.Text}'");
        Assert.Same(input, normalized.Text);
        Assert.Equal((3, 7), normalized.ToOriginal(3, 7));
    }

    [Fact]
    public void Normalize_SeveralObfuscationsInOnePost_EachMapsBack()
    {
        string input = "he lives at 12 Oak St, call s\u0435ven 7 3 five five five oh one four three or j\u043Ehn [at] gmail [dot] com";
        NormalizedText normalized = TextNormalizer.Normalize(input);
        Assert.Equal("he lives at 12 Oak St, call 7735550143 or john@gmail.com", normalized.Text);

        int phone = normalized.Text.IndexOf("7735550143", StringComparison.Ordinal);
        (int ps, int pe) = normalized.ToOriginal(phone, phone + 10);
        Assert.Equal("s\u0435ven 7 3 five five five oh one four three", input[ps..pe]);

        int email = normalized.Text.IndexOf("john@gmail.com", StringComparison.Ordinal);
        (int es, int ee) = normalized.ToOriginal(email, email + 14);
        Assert.Equal("j\u043Ehn [at] gmail [dot] com", input[es..ee]);

        (int os, int oe) = normalized.ToOriginal(15, 21);
        Assert.Equal("Oak St", input[os..oe]);
    }

    [Fact]
    public void Normalize_Empty_IsIdentity() => Assert.True(TextNormalizer.Normalize(string.Empty).IsIdentity);
}
