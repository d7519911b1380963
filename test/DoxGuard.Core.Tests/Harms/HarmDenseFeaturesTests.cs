using DoxGuard.Harms;

namespace DoxGuard.Tests.Harms;

public sealed class HarmDenseFeaturesTests
{
    private static float[] Dense(string text, string lang = "en")
    {
        var features = new HarmFeatures();
        HarmFeatureExtractor.Extract(text, lang, [], features);
        float[] dense = new float[HarmDenseFeatures.Count];
        HarmDenseFeatures.Fill(features, dense);
        return dense;
    }

    [Theory]
    // Clause-level conjunctions: positives and look-alikes side by side.
    [InlineData("let's show up at his house tonight", HarmDenseFeatures.CallNextToTarget, true)]
    [InlineData("cáiganle a su casa", HarmDenseFeatures.CallNextToTarget, true)]
    [InlineData("show up early. his house is the blue one", HarmDenseFeatures.CallNextToTarget, false)]
    [InlineData("everyone go to the rally", HarmDenseFeatures.CallToEveryone, true)]
    [InlineData("everyone loved the rally. go team", HarmDenseFeatures.CallToEveryone, false)]
    [InlineData("you will bleed for this", HarmDenseFeatures.ThreatToYou, true)]
    [InlineData("you will love this. blood orange cake", HarmDenseFeatures.ThreatToYou, false)]
    [InlineData("police said he threatened to kill her", HarmDenseFeatures.Distanced, true)]
    [InlineData("I will kill him", HarmDenseFeatures.Distanced, false)]
    [InlineData("I will kill him", HarmDenseFeatures.FirstPersonHarm, true)]
    [InlineData("call his office and ask for a no vote", HarmDenseFeatures.CivicCall, true)]
    [InlineData("call him tonight", HarmDenseFeatures.CivicCall, false)]
    public void Fill_ClauseConjunctions_SetOnlyWhenInOneClause(string text, int slot, bool expected)
    {
        Assert.Equal(expected ? 1f : 0f, Dense(text)[slot]);
    }

    [Fact]
    public void Fill_QuotedCue_IsItsOwnSlot()
    {
        float[] quoted = Dense("he wrote \"I will kill you\" under my photo");
        float[] asserted = Dense("I will kill you");
        Assert.Equal(1f, quoted[HarmDenseFeatures.QuotedCueSlot(HarmCue.ViolenceWord)]);
        Assert.Equal(0f, quoted[HarmDenseFeatures.CueSlot(HarmCue.ViolenceWord)]);
        Assert.Equal(1f, asserted[HarmDenseFeatures.CueSlot(HarmCue.ViolenceWord)]);
        Assert.Equal(0f, asserted[HarmDenseFeatures.QuotedCueSlot(HarmCue.ViolenceWord)]);
    }

    [Fact]
    public void Fill_ReusedScratch_ClearsThePreviousPost()
    {
        var features = new HarmFeatures();
        float[] dense = new float[HarmDenseFeatures.Count];
        HarmFeatureExtractor.Extract("let's show up at his house tonight with guns", "en", [], features);
        HarmDenseFeatures.Fill(features, dense);
        HarmFeatureExtractor.Extract("nice weather", "en", [], features);
        HarmDenseFeatures.Fill(features, dense);
        Assert.Equal(Dense("nice weather"), dense);
    }
}
