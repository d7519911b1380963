using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Normalization;
using DoxGuard.Recognizers;

namespace DoxGuard.Tests.Recognizers;

public sealed class SocialHandleRecognizerTests
{
    private static readonly SocialHandleRecognizer Recognizer = new();

    private static List<string> Find(string text)
    {
        var results = new List<RecognizerResult>();
        Recognizer.Analyze(new AnalysisContext(NormalizedText.Identity(text), "en"), results);
        return results.Where(r => r.Type == EntityType.SocialHandle && r.Score >= 0.5).Select(r => text[r.Start..r.End]).ToList();
    }

    [Theory]
    [InlineData("follow her @dan_kwiat99 for updates", "@dan_kwiat99")]
    [InlineData("@dkwiat is the guy", "@dkwiat")]
    [InlineData("his insta is @daniel.k.photos.", "@daniel.k.photos")]
    [InlineData("(@kwiat_ops)", "@kwiat_ops")]
    [InlineData("IG: danny.kwiat", "danny.kwiat")]
    [InlineData("insta: dkwiat", "dkwiat")]
    [InlineData("snap: dkwiat85", "dkwiat85")]
    [InlineData("Snapchat = dkwiat85", "dkwiat85")]
    [InlineData("tiktok: @dannyk", "@dannyk")]
    [InlineData("found him on reddit as u/throwaway_cop_77", "u/throwaway_cop_77")]
    [InlineData("see reddit.com/u/throwaway_cop_77 posts", "u/throwaway_cop_77")]
    [InlineData("discord: kwiat#4821", "kwiat#4821")]
    [InlineData("his channel is t.me/dkwiat_news", "dkwiat_news")]
    [InlineData("see https://example.org/a/ then T.ME/dkwiat_news", "dkwiat_news")]
    [InlineData("canal: Telegram.Me/dkwiat_news", "dkwiat_news")]
    [InlineData("Telegram: @kwiat_ops", "@kwiat_ops")]
    [InlineData("sígueme @maria_lopez_mx", "@maria_lopez_mx")]
    // Labels the cheap pre-check must let through: spaced labels, spaces before the colon, an earlier colon.
    [InlineData("Tik Tok : dkwiat85", "dkwiat85")]
    [InlineData("CASH APP: dkwiat85", "dkwiat85")]
    [InlineData("at 10:30 see https://x.org then IG: danny.kwiat", "danny.kwiat")]
    [InlineData("a=b, fb =dkwiat85", "dkwiat85")]
    public void Analyze_Handle_FindsHandle(string text, string expected) =>
        Assert.Contains(expected, Find(text));

    [Theory]
    [InlineData("write to dan@example.com")]
    [InlineData("dan.k+news@example.co.uk")]
    [InlineData("meet @ 5pm")]
    [InlineData("see you @5pm")]
    [InlineData("@10 tomorrow")]
    [InlineData("we're @ the store")]
    [InlineData("I'm @home now")]
    [InlineData("@Override public String toString()")]
    [InlineData("@app.route(\"/\")")]
    [InlineData("/** @param name the name */")]
    [InlineData("IG: none")]
    [InlineData("the menu/pasta page")]
    [InlineData("a/b testing")]
    [InlineData("price 5 @ $3")]
    public void Analyze_LookAlike_FindsNothing(string text) => Assert.Empty(Find(text));

    [Fact]
    public void Analyze_64KiBOfAtSigns_Terminates() =>
        Assert.Empty(Find(new string('@', 64 * 1024)));
}
