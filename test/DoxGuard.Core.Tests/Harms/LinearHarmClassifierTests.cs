using DoxGuard.Analysis;
using DoxGuard.Contract;
using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Tests.Harms;

/// <summary>The shipped model through the whole engine: hard negatives stay unlabelled, harms are found and explained.</summary>
public sealed class LinearHarmClassifierTests
{
    private static readonly ScanEngine Engine = ScanEngineFactory.CreateDefault();

    private static ScanResult Scan(string text, string lang) => Engine.Scan(new ScanRequest("t", text) { Lang = lang });

    [Theory]
    // Reporting and court records.
    [InlineData("Police say the man who offered $5,000 online for a deputy's home address was arrested Tuesday and charged with solicitation.", "en")]
    [InlineData("Según la fiscalía, el acusado ofreció dinero por la dirección de una jueza; fue detenido y vinculado a proceso.", "es")]
    // Quoting a threat to condemn it or to warn others.
    [InlineData("Someone left \"I know where you live\" under my photo. Screenshotted, reported, and blocked. Stay safe everyone.", "en")]
    [InlineData("Me escribieron \"sé dónde vives\" por DM. Ya lo denuncié. No está bien y no me voy a callar.", "es")]
    // Fiction and games.
    [InlineData("In the movie the hitman takes the contract for $50k and the whole second act is him tracking the judge.", "en")]
    [InlineData("En la serie el villano le dice al juez que sabe dónde viven sus hijos, qué escena tan buena.", "es")]
    // Idioms and banter.
    [InlineData("this traffic is killing me, I swear I'm dead by the time I get to work lol", "en")]
    [InlineData("te voy a matar jaja, te comiste mi pizza otra vez", "es")]
    // Political opinion, harsh included.
    [InlineData("Abolish ICE. The raids are cruel and the agency should not exist. Vote accordingly in November.", "en")]
    [InlineData("El alcalde mintió sobre el presupuesto de seguridad. Que renuncie ya.", "es")]
    public void Scan_HardNegative_NoLabels(string text, string lang)
    {
        ScanResult result = Scan(text, lang);
        Assert.True(result.Labels.Count == 0, $"labelled [{string.Join(", ", result.Labels)}] scores {result.Scores}");
        Assert.True(result.Action < ModerationAction.Remove, $"action {result.Action}");
    }

    [Theory]
    [InlineData("25 racks to whoever handles that judge Mark Ellison, he lives off Birch Rd", "en", HarmLabel.Bounty)]
    [InlineData("Ofrezco 50 mil pesos al que me pase la dirección del agente Ramírez", "es", HarmLabel.Bounty)]
    [InlineData("everybody call his cell all night and show up at his house tomorrow, make him regret it", "en", HarmLabel.Coordination)]
    [InlineData("I'm going to kill you and everyone you love, you won't see it coming", "en", HarmLabel.Threat)]
    [InlineData("te voy a meter un balazo en la cabeza cuando salgas de tu casa", "es", HarmLabel.Threat)]
    public void Scan_Harm_IsLabelled(string text, string lang, HarmLabel expected)
    {
        ScanResult result = Scan(text, lang);
        Assert.True(result.Labels.Contains(expected), $"expected {expected}, got [{string.Join(", ", result.Labels)}] scores {result.Scores}");
        Assert.True(result.Action >= ModerationAction.Review);
    }

    [Fact]
    public void Scan_Bounty_ReasonQuotesTheAmount()
    {
        ScanResult result = Scan("paying $50k to whoever takes care of that judge, dm me", "en");
        Assert.Contains(result.Reasons, r => r.Contains("offers", StringComparison.Ordinal) && r.Contains("$50k", StringComparison.Ordinal));
    }

    [Fact]
    public void Scan_Threat_ReasonQuotesTheThreateningSentence()
    {
        ScanResult result = Scan("Nice weather today. I'm going to kill you and everyone you love, you won't see it coming.", "en");
        Assert.Contains(result.Reasons, r => r.StartsWith("threat: ", StringComparison.Ordinal) && r.Contains("kill you", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_SameInputOnManyThreads_SameScores()
    {
        string[] texts = ["25 racks to handle him", "this traffic is killing me", "cáiganle todos a su casa", "great game"];
        var expected = texts.Select(t => Scan(t, "en").Scores).ToArray();
        var results = new HarmScores[texts.Length * 200];
        Parallel.For(0, results.Length, i => results[i] = Scan(texts[i % texts.Length], "en").Scores);
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Assess_Scores_AreProbabilities()
    {
        HarmScores s = Scan("$2k for his address, $50k if he doesn't make it to work", "en").Scores;
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            Assert.InRange(s[label], 0, 1);
        }
    }
}
