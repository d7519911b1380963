using DoxGuard.Harms;
using DoxGuard.Policy;

namespace DoxGuard.Tests.Policy;

public sealed class ModerationPolicyLoaderTests
{
    [Theory]
    [InlineData("""{ "mode": "sometimes" }""", "mode")]
    [InlineData("""{ "thresholds": { "en": { "threat": 1.5 } } }""", "thresholds.en.threat")]
    [InlineData("""{ "thresholds": { "en": { "threat": 0 } } }""", "thresholds.en.threat")]
    [InlineData("""{ "thresholds": { "en": { "threats": 0.5 } } }""", "thresholds.en.threats")]
    [InlineData("""{ "thresholds": { "english": { "threat": 0.5 } } }""", "thresholds.english")]
    [InlineData("""{ "thresholds": { "en": { "threat": "high" } } }""", "thresholds.en.threat")]
    [InlineData("""{ "thresholds": [] }""", "thresholds")]
    [InlineData("""{ "reviewBand": 0.9 }""", "reviewBand")]
    [InlineData("""{ "baselineThreshold": -1 }""", "baselineThreshold")]
    [InlineData("""{ "treshold": 0.5 }""", "treshold")]
    [InlineData("""{ "mode": """, "not valid JSON")]
    [InlineData("""[1, 2]""", "JSON object")]
    public void Parse_BadSetting_FailsNamingIt(string json, string named)
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => ModerationPolicyLoader.Parse(json, "policy.json"));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("policy.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GoodFile_ReadsEverySetting()
    {
        ModerationPolicyOptions options = ModerationPolicyLoader.Parse(
            """
            {
              // comments are allowed
              "mode": "shadow",
              "thresholds": { "default": { "dox": 0.4 }, "es": { "dox": 0.6 } },
              "reviewBand": 0.05,
              "baselineThreshold": 0.7,
            }
            """, "test");

        Assert.Equal(PolicyMode.Shadow, options.Mode);
        Assert.Equal(0.6, options.Threshold("es", HarmLabel.Dox));
        Assert.Equal(0.4, options.Threshold("en", HarmLabel.Dox));
        Assert.Equal(0.5, options.Threshold("en", HarmLabel.Threat));
        Assert.Equal(0.05, options.ReviewBand);
        Assert.Equal(0.7, options.BaselineThreshold);
    }

    [Fact]
    public void Load_ShippedConfigFile_IsValidAndCoversBothLanguages()
    {
        ModerationPolicyOptions options = ModerationPolicyLoader.Load();
        Assert.EndsWith("policy.json", options.Source, StringComparison.Ordinal);
        foreach (string lang in new[] { "en", "es" })
        {
            Assert.True(options.Thresholds.ContainsKey(lang), $"config/policy.json has no thresholds for {lang}");
            Assert.Equal(4, options.Thresholds[lang].Count);
        }
    }

    [Fact]
    public void Load_ExplicitMissingFile_FailsNamingTheVariable()
    {
        var ex = Assert.Throws<PolicyConfigurationException>(() => ModerationPolicyLoader.Load("/nonexistent/policy.json"));
        Assert.Contains(ModerationPolicyOptions.PathVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExplicitFile_IsRead()
    {
        string path = Path.Combine(Path.GetTempPath(), $"doxguard-policy-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "thresholds": { "en": { "bounty": 0.9 } } }""");
        try
        {
            Assert.Equal(0.9, ModerationPolicyLoader.Load(path).Threshold("en", HarmLabel.Bounty));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
