using DoxGuard.Harms;
using DoxGuard.Training;

namespace DoxGuard.Tests.Training;

public sealed class HarmModelTrainerTests
{
    private static readonly string[] Bounties =
    [
        "$50k to whoever takes care of {0}", "25 racks to handle {0}, dm me", "0.5 BTC for {0}'s home address",
        "ofrezco mil pesos a quien me pase la dirección de {0}", "paying $2k for {0}'s cell number", "10 bands on {0}, no questions",
    ];

    private static readonly string[] Harmless =
    [
        "great game last night, {0} killed it", "the bakery on Elm has the best bread", "{0} gave a nice talk at the library",
        "me encanta la comida de mi abuela", "{0} is running for mayor again", "new episode of the show tonight",
    ];

    private static readonly string[] Names = ["John Smith", "Maria Lopez", "Dave Miller", "Ana Ruiz", "Tom Reyes", "Lia Park"];

    private static string WriteCorpus()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"doxguard-corpus-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        using var writer = new StreamWriter(Path.Combine(dir, "tiny.jsonl"));
        int id = 0;
        foreach (string name in Names)
        {
            foreach ((string[] frames, string labels) in new[] { (Bounties, "\"bounty\""), (Harmless, string.Empty) })
            {
                for (int f = 0; f < frames.Length; f++)
                {
                    string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frames[f], name);
                    writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"t{id++}", text, lang = "en", labels = labels.Length > 0 ? new[] { "bounty" } : [], split = "train", group = $"g{f}-{labels.Length}" }));
                }
            }
        }

        // A held-out row: the trainer must leave it out (TrainExamples counts the train rows only).
        writer.WriteLine("{\"id\":\"held\",\"text\":\"$1 to whoever\",\"lang\":\"en\",\"labels\":[],\"split\":\"test\"}");
        return dir;
    }

    [Fact]
    public void Train_TinyCorpus_WritesAModelThatLearnedAndIsReproducible()
    {
        string corpus = WriteCorpus();
        string first = Path.Combine(corpus, "a.bin");
        string second = Path.Combine(corpus, "b.bin");
        try
        {
            var log = new StringWriter();
            HarmTrainingReport report = HarmModelTrainer.Train(new HarmTrainingOptions { CorpusDirectory = corpus, TrainingDirectory = null, OutputPath = first }, log);
            HarmModelTrainer.Train(new HarmTrainingOptions { CorpusDirectory = corpus, TrainingDirectory = null, OutputPath = second }, TextWriter.Null);

            Assert.Equal(Names.Length * (Bounties.Length + Harmless.Length), report.TrainExamples);
            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second)); // same data, same seed, same bytes

            LinearHarmModel model = LinearHarmModel.LoadFile(first);
            var classifier = new LinearHarmClassifier(model);
            double bounty = Score(classifier, "$50k to whoever takes care of Ben Cole");
            double harmless = Score(classifier, "the bakery on Elm has the best bread");
            Assert.True(bounty > harmless + 0.2, $"bounty {bounty:F3} vs harmless {harmless:F3}\n{log}");
        }
        finally
        {
            Directory.Delete(corpus, recursive: true);
        }
    }

    private static HarmModelTrainer.Example Post(string group, int[] ngrams, int[] atoms) =>
        new(new LabelledPost($"{group}-{ngrams.Length}", "x", "en", []) { Group = group }, "en",
            ([.. ngrams.Concat(atoms).Order()], [.. ngrams.Concat(atoms).Select(_ => 1f)]), [], [.. atoms]);

    [Fact]
    public void KeepSharedFeatures_NGramsOfFewFamilies_AreDroppedAndAtomsKept()
    {
        // n-gram 10 occurs in three families, 11 in one family only (twice), 12 in one corpus family and the outside
        // set (two families); atom 50 occurs in one family only and is kept regardless.
        var corpus = new List<HarmModelTrainer.Example>
        {
            Post("a", [10, 11], [50]), Post("a", [11], []), Post("b", [10, 12], []), Post("c", [10], []),
        };
        var outside = new List<HarmModelTrainer.Example> { Post("ghc-1", [12], []), Post("ghc-2", [12, 13], []) };

        List<HarmModelTrainer.Example> kept = HarmModelTrainer.KeepSharedFeatures(corpus, outside, 2, TextWriter.Null);

        Assert.Equal(6, kept.Count);
        Assert.Equal([10, 50], kept[0].Sparse.Indices);
        Assert.Empty(kept[1].Sparse.Indices);
        Assert.Equal([10, 12], kept[2].Sparse.Indices);
        Assert.Equal([12], kept[4].Sparse.Indices); // the outside set is one family: 12 is in two, 13 in one
        Assert.Equal([12], kept[5].Sparse.Indices);
        Assert.Equal(kept[0].Sparse.Indices.Length, kept[0].Sparse.Values.Length);

        List<HarmModelTrainer.Example> all = HarmModelTrainer.KeepSharedFeatures(corpus, outside, 1, TextWriter.Null);
        Assert.Equal([10, 11, 50], all[0].Sparse.Indices); // 1 keeps every feature
        Assert.Equal([50], HarmModelTrainer.KeepSharedFeatures(corpus, outside, 4, TextWriter.Null)[0].Sparse.Indices); // 10 is in three
    }

    private static readonly (string Label, string[] Frames)[] FourLabels =
    [
        ("bounty", ["$50k to whoever takes care of {0}", "25 racks to handle {0}, dm me", "paying $2k for {0}'s cell number", "10 bands on {0}, no questions"]),
        ("threat", ["I will kill {0} tonight", "{0} you will bleed for this", "te voy a matar {0}", "{0} is dead when I find him"]),
        ("coordination", ["everyone show up at {0}'s house tonight", "flood {0}'s phone all night", "cáiganle a la casa de {0}", "let's follow {0} home after work"]),
        ("dox", ["{0} lives at 1420 Larkspur Ct, Chicago IL", "{0}'s home address: 88 Quenby Rd, Phoenix AZ", "{0} vive en Calle Sauces 45, Col. Del Valle", "{0} home: 310 Oakhurst Dr, El Paso TX"]),
    ];

    [Fact]
    public void Train_FourLabelCorpus_ShipsTheTreeStageReproducibly()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"doxguard-corpus4-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            using (var writer = new StreamWriter(Path.Combine(dir, "four.jsonl")))
            {
                int id = 0;
                foreach (string name in Names)
                {
                    foreach ((string label, string[] frames) in FourLabels)
                    {
                        for (int f = 0; f < frames.Length; f++)
                        {
                            string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, frames[f], name);
                            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"t{id++}", text, lang = "en", labels = new[] { label }, split = "train", group = $"{label}{f}-{name}" }));
                        }
                    }

                    for (int f = 0; f < Harmless.Length; f++)
                    {
                        string text = string.Format(System.Globalization.CultureInfo.InvariantCulture, Harmless[f], name);
                        writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = $"t{id++}", text, lang = "en", labels = Array.Empty<string>(), split = "train", group = $"h{f}" }));
                    }
                }
            }

            string first = Path.Combine(dir, "a.bin");
            string second = Path.Combine(dir, "b.bin");
            var log = new StringWriter();
            string scores = Path.Combine(dir, "scores.jsonl");
            var options = new HarmTrainingOptions { CorpusDirectory = dir, TrainingDirectory = null, OutputPath = first, TreeCount = 20, TreeLeaves = 4, TreeMinLeafPosts = 5, ValidationScoresPath = scores };
            HarmTrainingReport report = HarmModelTrainer.Train(options, log);

            // The suggested thresholds are the rule's on the very scores the trainer writes out (the blend that ships).
            ThresholdChoice rule = ThresholdRule.Choose(ThresholdRule.ReadScores(scores));
            Assert.Equal(["default", "en", "es"], report.SuggestedThresholds.Keys);
            foreach ((string language, IReadOnlyDictionary<string, double> labels) in rule.ForPolicy())
            {
                Assert.Equal(labels, report.SuggestedThresholds[language]);
            }

            Assert.Equal(rule.Curves, report.ThresholdCurves);
            Assert.Contains("en threat ", report.ThresholdCurves, StringComparison.Ordinal);
            Assert.Equal(ThresholdRule.FormatPolicyMember(rule.ForPolicy()), report.FormatPolicyThresholds());
            options.OutputPath = second;
            options.ValidationScoresPath = null;
            HarmModelTrainer.Train(options, TextWriter.Null);

            Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
            LinearHarmModel model = LinearHarmModel.LoadFile(first);
            Assert.NotNull(model.Trees);
            Assert.Equal(20, model.Trees!.TreeCount(0));
            Assert.Contains("blended validation", log.ToString(), StringComparison.Ordinal);

            // With trees off the same corpus ships the linear stage alone.
            options.TreeCount = 0;
            HarmModelTrainer.Train(options, TextWriter.Null);
            Assert.Null(LinearHarmModel.LoadFile(second).Trees);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Train_MissingCorpus_FailsNamingTheDirectory()
    {
        var ex = Assert.Throws<DirectoryNotFoundException>(() =>
            HarmModelTrainer.Train(new HarmTrainingOptions { CorpusDirectory = "/nonexistent/corpus", OutputPath = "/tmp/x.bin" }, TextWriter.Null));
        Assert.Contains("/nonexistent/corpus", ex.Message, StringComparison.Ordinal);
    }

    private static double Score(LinearHarmClassifier classifier, string text)
    {
        var context = new DoxGuard.Analysis.AnalysisContext(DoxGuard.Normalization.TextNormalizer.Normalize(text), "en");
        return classifier.Assess(context, []).Scores.Bounty;
    }
}
