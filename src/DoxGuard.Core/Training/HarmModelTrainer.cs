using System.Diagnostics;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Normalization;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace DoxGuard.Training;

/// <summary>Settings of <c>doxguard train</c>. Defaults reproduce the shipped model.</summary>
public sealed class HarmTrainingOptions
{
    /// <summary>The labelled corpus: every <c>*.jsonl</c> file in it; its held-out (<c>test</c>) split is never used.</summary>
    /// <value>The default value is <c>data/corpus</c>.</value>
    public string CorpusDirectory { get; set; } = "data/corpus";

    /// <summary>The shared training data (Gab Hate Corpus train split); null or missing to train on the corpus alone.</summary>
    /// <value>The default value is the first <c>shared/data/training</c> found in the working directory or a parent
    /// (<c>../shared/data/training</c> from a clone's root).</value>
    public string? TrainingDirectory { get; set; } = FindSharedTraining();

    private static string? FindSharedTraining()
    {
        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "data", "training");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Where the model is written.</summary>
    /// <value>The default value is <c>src/DoxGuard.Core/Harms/Model/harm-model.bin</c>.</value>
    public string OutputPath { get; set; } = "src/DoxGuard.Core/Harms/Model/harm-model.bin";

    /// <summary>Seed of every random choice, so that training is reproducible.</summary>
    /// <value>The default value is 20261128.</value>
    public int Seed { get; set; } = 20261128;

    /// <summary>Weight of a Gab Hate Corpus post relative to a corpus post.</summary>
    /// <value>The default value is 0.5.</value>
    public float GabWeight { get; set; } = 0.5f;

    /// <summary>L2 regularization of the logistic regressions.</summary>
    /// <value>The default value is 0.75 (1.5 before features seen in fewer than <see cref="MinFamilies"/> families were dropped).</value>
    public float L2Regularization { get; set; } = 0.75f;

    /// <summary>Stop after validation, without training and writing the final model (for tuning).</summary>
    /// <value>The default value is false.</value>
    public bool ValidateOnly { get; set; }

    /// <summary>When set, validation posts the probe model gets wrong are written here (JSON Lines) for inspection.</summary>
    /// <value>The default value is null.</value>
    public string? ValidationErrorsPath { get; set; }

    /// <summary>
    /// When set, every validation post's out-of-fold scores are written here (JSON Lines, with its wording family): the
    /// scores the suggested thresholds were chosen on, for inspection.
    /// </summary>
    /// <value>The default value is null.</value>
    public string? ValidationScoresPath { get; set; }

    /// <summary>L1 regularization of the logistic regressions (keeps the model file small).</summary>
    /// <value>The default value is 0.05.</value>
    public float L1Regularization { get; set; } = 0.05f;

    /// <summary>Boosted trees per label in the second stage; 0 ships the linear stage alone.</summary>
    /// <value>The default value is 50 (100 of 16 leaves validated no better and cost 4 µs a post).</value>
    public int TreeCount { get; set; } = 50;

    /// <summary>Leaves per tree of the second stage.</summary>
    /// <value>The default value is 8.</value>
    public int TreeLeaves { get; set; } = 8;

    /// <summary>Learning rate (shrinkage) of the second stage's boosting.</summary>
    /// <value>The default value is 0.1.</value>
    public float TreeLearningRate { get; set; } = 0.1f;

    /// <summary>Fewest train posts a leaf of the second stage may hold.</summary>
    /// <value>The default value is 50.</value>
    public int TreeMinLeafPosts { get; set; } = 50;

    /// <summary>Weight of the tree stage's probability in the shipped score (the linear stage has the rest).</summary>
    /// <value>The default value is 0.25.</value>
    public float TreeBlend { get; set; } = 0.25f;

    /// <summary>
    /// Fewest wording families (corpus <c>group</c>s; the Gab Hate Corpus counts as one) a hashed word or character
    /// n-gram must occur in to be trained on; cue, entity and pair features are always trained on; 1 trains on every
    /// feature.
    /// </summary>
    /// <value>The default value is 5.</value>
    public int MinFamilies { get; set; } = 5;
}

/// <summary>What training did, for the console and the docs.</summary>
/// <param name="TrainExamples">Posts the final model was trained on.</param>
/// <param name="ValidationExamples">Corpus posts scored out-of-fold to calibrate and choose thresholds (never the held-out split).</param>
/// <param name="SuggestedThresholds">
/// The policy's thresholds chosen on the out-of-fold scores (docs/classifier.md, "Calibration"): <c>default</c> (pooled
/// over the languages), then per language, per label.
/// </param>
/// <param name="ThresholdCurves">
/// How they were chosen: per language and label, its own optimum, the pooled one, the one chosen and F1 along the grid;
/// then each language's macro-F1 at the chosen thresholds.
/// </param>
/// <param name="Validation">Validation scores at those thresholds.</param>
/// <param name="Elapsed">Wall-clock time.</param>
public sealed record HarmTrainingReport(
    int TrainExamples,
    int ValidationExamples,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> SuggestedThresholds,
    string ThresholdCurves,
    EvaluationReport Validation,
    TimeSpan Elapsed)
{
    /// <summary>
    /// <see cref="SuggestedThresholds"/> as the <c>"thresholds"</c> member of <c>config/policy.json</c>, indented as that
    /// file is and followed by its comma, to paste over the member.
    /// </summary>
    public string FormatPolicyThresholds() => ThresholdRule.FormatPolicyMember(SuggestedThresholds);
}

/// <summary>Trains the harm model with ML.NET and writes it in the compact form the classifier scores.</summary>
public static class HarmModelTrainer
{
    private static readonly string[] HeldOutSplits = ["test", "heldout", "held-out", "holdout"];
    private const int Folds = 3;

    /// <summary>Trains, writes <see cref="HarmTrainingOptions.OutputPath"/>, and reports.</summary>
    public static HarmTrainingReport Train(HarmTrainingOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(options.CorpusDirectory))
        {
            throw new DirectoryNotFoundException($"Corpus directory '{options.CorpusDirectory}' does not exist.");
        }

        List<LabelledPost> corpus = LabelledPostReader.ReadDirectory(options.CorpusDirectory, e => log.WriteLine($"skipped {e}"));

        // The held-out split is never read into training or threshold choice; a dev split, if any, is train like the rest.
        var train = corpus.Where(p => !IsSplit(p, HeldOutSplits)).ToList();

        var outside = new List<LabelledPost>();
        string? ghcPath = options.TrainingDirectory is null ? null : Path.Combine(options.TrainingDirectory, GabHateCorpusReader.RelativePath);
        if (ghcPath is not null && File.Exists(ghcPath))
        {
            outside = GabHateCorpusReader.Read(ghcPath, options.GabWeight);
        }
        else
        {
            log.WriteLine($"note: {ghcPath ?? "(no training directory)"} not found; training on the corpus alone");
        }

        log.WriteLine($"corpus: {train.Count} train; outside: {outside.Count} (GHC, weight {options.GabWeight})");
        var featurizer = new Featurizer();
        List<Example> corpusExamples = featurizer.Featurize(train);
        List<Example> outsideExamples = featurizer.Featurize(outside);
        log.WriteLine($"features extracted in {clock.Elapsed.TotalSeconds:F1}s");

        // Out-of-fold margins: each corpus post is scored by a model that never saw its wording family (group), so
        // calibration and thresholds are fitted on what the shipped model meets in the wild: new wordings. ML.NET's
        // own calibration, fitted on the posts it trained on, is far over-confident on those.
        var ml = new MLContext(options.Seed);
        int labels = HarmLabelNames.All.Count;
        var margins = new double[corpusExamples.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            int k = fold;
            var fitSet = KeepSharedFeatures(corpusExamples.Where(e => FoldOf(e.Post, options.Seed) != k).ToList(), outsideExamples, options.MinFamilies, log);
            log.WriteLine($"fold {k + 1}/{Folds}:");
            LinearHarmModel foldModel = Fit(ml, fitSet, options, log);
            for (int i = 0; i < corpusExamples.Count; i++)
            {
                if (FoldOf(corpusExamples[i].Post, options.Seed) == k)
                {
                    margins[i] = new double[labels];
                    foldModel.RawScores(corpusExamples[i].Sparse.Indices, corpusExamples[i].Sparse.Values, margins[i]);
                }
            }
        }

        (float[] slope, float[] offset) = FitCalibration(margins, corpusExamples);
        var devScores = corpusExamples.Select((e, i) => (e, Scores: Calibrated(margins[i], slope, offset))).ToList();
        ThresholdChoice choice = ThresholdRule.Choose(ThresholdRows(devScores));
        var thresholds = choice.ForPolicy();
        EvaluationReport validation = EvaluationReport.FromScores(devScores.Select(d => (d.e.Post, d.e.Language, d.Scores)), thresholds);
        log.WriteLine($"validation ({Folds}-fold by wording family, out-of-fold scores; thresholds chosen on them):");
        log.Write(validation.Format());
        // The validation files hold the scores that ship: the linear stage's, or the blend when the tree stage runs.
        List<(LabelledPost Post, string Language, HarmScores Scores)> shippedDevScores = devScores.Select(d => (d.e.Post, d.e.Language, d.Scores)).ToList();
        TreeStagePlan? treePlan = null;
        if (options.TreeCount > 0 && TreesCanLearn(corpusExamples))
        {
            treePlan = ValidateTrees(ml, corpusExamples, devScores.Select(d => d.Scores).ToList(), options, log);
            choice = treePlan.Choice;
            thresholds = choice.ForPolicy();
            validation = treePlan.Validation;
            shippedDevScores = treePlan.DevScores;
        }
        else if (options.TreeCount > 0)
        {
            log.WriteLine("note: too few positives per label for the tree stage; shipping the linear stage alone");
        }

        if (options.ValidationErrorsPath is not null)
        {
            WriteErrors(options.ValidationErrorsPath, shippedDevScores, thresholds);
        }

        if (options.ValidationScoresPath is not null)
        {
            WriteScores(options.ValidationScoresPath, shippedDevScores);
        }

        if (options.ValidateOnly)
        {
            return new HarmTrainingReport(corpusExamples.Count + outsideExamples.Count, corpusExamples.Count, thresholds, choice.Curves, validation, clock.Elapsed);
        }

        log.WriteLine("final model:");
        LinearHarmModel full = Fit(ml, KeepSharedFeatures(corpusExamples, outsideExamples, options.MinFamilies, log), options, log);
        LinearHarmModel model = full.WithCalibration(slope, offset, full.Description + "; calibrated out-of-fold on unseen wording families");
        if (treePlan is not null)
        {
            TreeHarmStage trees = FitTrees(ml, corpusExamples, options, log).WithCalibration(treePlan.Slope, treePlan.Offset, options.TreeBlend);
            model = model.WithTrees(trees, model.Description + $"; blended {options.TreeBlend} with {options.TreeCount} boosted trees of {options.TreeLeaves} leaves per label (ML.NET FastTree) over {HarmDenseFeatures.Count} dense cue features, calibrated out-of-fold");
        }
        string directory = Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!;
        Directory.CreateDirectory(directory);
        using (FileStream stream = File.Create(options.OutputPath))
        {
            model.Save(stream);
        }

        log.WriteLine($"wrote {options.OutputPath} ({new FileInfo(options.OutputPath).Length / 1024} KiB) in {clock.Elapsed.TotalSeconds:F1}s");
        return new HarmTrainingReport(corpusExamples.Count + outsideExamples.Count, corpusExamples.Count, thresholds, choice.Curves, validation, clock.Elapsed);
    }

    /// <summary>
    /// The examples to fit on, with every word or character n-gram dropped that occurs in fewer than
    /// <paramref name="minFamilies"/> wording families of them. An n-gram seen in one or two families lets the
    /// regression memorise those families' wording instead of weighing the features that carry over to families it has
    /// not seen (which is what the held-out split measures). A dropped feature gets no weight, so scoring skips it: no
    /// cost at scan time, and a model file half the size.
    /// </summary>
    internal static List<Example> KeepSharedFeatures(List<Example> corpus, List<Example> outside, int minFamilies, TextWriter log)
    {
        if (minFamilies <= 1)
        {
            return [.. corpus, .. outside];
        }

        // Families numbered in order of first appearance (deterministic); the outside data is one family of its own.
        var familyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var familyOf = new int[corpus.Count + outside.Count];
        for (int i = 0; i < corpus.Count; i++)
        {
            string family = corpus[i].Post.Group ?? corpus[i].Post.Id;
            if (!familyIds.TryGetValue(family, out int id))
            {
                id = familyIds.Count;
                familyIds[family] = id;
            }

            familyOf[i] = id;
        }

        // Counting each outside post as a family of its own kept three times the n-grams and did no better.
        for (int i = 0; i < outside.Count; i++)
        {
            familyOf[corpus.Count + i] = familyIds.Count;
        }

        var all = new List<Example>(corpus.Count + outside.Count);
        all.AddRange(corpus);
        all.AddRange(outside);
        int[] order = [.. Enumerable.Range(0, all.Count).OrderBy(i => familyOf[i])];
        int[] lastFamily = new int[HarmFeatureExtractor.Dimension];
        Array.Fill(lastFamily, -1);
        int[] families = new int[HarmFeatureExtractor.Dimension];
        foreach (int i in order)
        {
            foreach (int index in all[i].Sparse.Indices)
            {
                if (lastFamily[index] != familyOf[i])
                {
                    lastFamily[index] = familyOf[i];
                    families[index]++;
                }
            }
        }

        // Only n-grams are pruned: cue, entity and pair atoms are the features meant to carry over to new wordings,
        // and a rare pair of cues is still a pair of transferable features (pruning them too did worse out-of-fold).
        foreach (Example e in all)
        {
            foreach (int index in e.Atoms)
            {
                families[index] = int.MaxValue;
            }
        }

        int seen = families.Count(c => c > 0);
        int kept = families.Count(c => c >= minFamilies);
        log.WriteLine($"  features trained on (n-grams of {minFamilies}+ wording families, every atom): {kept} of {seen}");
        return [.. all.Select(e =>
        {
            (int[] indices, float[] values) = e.Sparse;
            int n = 0;
            foreach (int index in indices)
            {
                n += families[index] >= minFamilies ? 1 : 0;
            }

            if (n == indices.Length)
            {
                return e;
            }

            int[] keptIndices = new int[n];
            float[] keptValues = new float[n];
            for (int k = 0, j = 0; k < indices.Length; k++)
            {
                if (families[indices[k]] >= minFamilies)
                {
                    keptIndices[j] = indices[k];
                    keptValues[j++] = values[k];
                }
            }

            return e with { Sparse = (keptIndices, keptValues) };
        })];
    }

    private sealed record TreeStagePlan(
        float[] Slope, float[] Offset, ThresholdChoice Choice, EvaluationReport Validation,
        List<(LabelledPost Post, string Language, HarmScores Scores)> DevScores);

    private static bool TreesCanLearn(List<Example> examples) =>
        HarmLabelNames.All.All(l => examples.Count(e => e.Post.Has(l)) >= 20 && examples.Count(e => !e.Post.Has(l)) >= 20);

    /// <summary>
    /// Scores every corpus post by trees that never saw its wording family (same folds as the linear stage), fits the
    /// trees' calibration on those scores, blends them with the linear stage's out-of-fold probabilities as shipped,
    /// and chooses the thresholds on the blend.
    /// </summary>
    private static TreeStagePlan ValidateTrees(MLContext ml, List<Example> examples, List<HarmScores> linear, HarmTrainingOptions options, TextWriter log)
    {
        var raw = new double[examples.Count][];
        for (int fold = 0; fold < Folds; fold++)
        {
            int k = fold;
            log.WriteLine($"tree fold {k + 1}/{Folds}:");
            TreeHarmStage stage = FitTrees(ml, examples.Where(e => FoldOf(e.Post, options.Seed) != k).ToList(), options, log);
            for (int i = 0; i < examples.Count; i++)
            {
                if (FoldOf(examples[i].Post, options.Seed) == k)
                {
                    raw[i] = new double[HarmLabelNames.All.Count];
                    for (int l = 0; l < raw[i].Length; l++)
                    {
                        raw[i][l] = stage.Raw(examples[i].Dense, l);
                    }
                }
            }
        }

        (float[] slope, float[] offset) = FitCalibration(raw, examples);
        float w = options.TreeBlend;
        var devScores = examples.Select((e, i) =>
        {
            HarmScores trees = Calibrated(raw[i], slope, offset);
            return (e, Scores: new HarmScores(
                TreeHarmStage.Mix(linear[i].Dox, trees.Dox, w), TreeHarmStage.Mix(linear[i].Threat, trees.Threat, w),
                TreeHarmStage.Mix(linear[i].Bounty, trees.Bounty, w), TreeHarmStage.Mix(linear[i].Coordination, trees.Coordination, w)));
        }).ToList();
        ThresholdChoice choice = ThresholdRule.Choose(ThresholdRows(devScores));
        EvaluationReport validation = EvaluationReport.FromScores(devScores.Select(d => (d.e.Post, d.e.Language, d.Scores)), choice.ForPolicy());
        log.WriteLine($"blended validation (linear and trees {w}, {Folds}-fold by wording family, out-of-fold scores; thresholds chosen on them):");
        log.Write(validation.Format());
        return new TreeStagePlan(slope, offset, choice, validation, devScores.Select(d => (d.e.Post, d.e.Language, d.Scores)).ToList());
    }

    /// <summary>The rows the threshold rule reads: a post without a family is its own family, as in the folds.</summary>
    private static List<ThresholdRow> ThresholdRows(IEnumerable<(Example e, HarmScores Scores)> dev) =>
        [.. dev.Select(d => new ThresholdRow(d.e.Language, d.e.Post.Group ?? d.e.Post.Id, d.e.Post.Labels, d.Scores))];

    private static TreeHarmStage FitTrees(MLContext ml, List<Example> examples, HarmTrainingOptions options, TextWriter log)
    {
        var rows = examples.Select(e => new DenseRow { Features = e.Dense, Post = e.Post }).ToList();

        var feature = new List<int>();
        var threshold = new List<float>();
        var left = new List<int>();
        var right = new List<int>();
        var leaf = new List<float>();
        var root = new List<int>();
        int[] treeStart = new int[HarmLabelNames.All.Count + 1];
        float[] bias = new float[HarmLabelNames.All.Count];
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            var clock = Stopwatch.StartNew();
            int l = (int)label;
            foreach (DenseRow row in rows)
            {
                row.Label = row.Post!.Has(label);
                row.Weight = WeightFor(row.Post, label);
            }

            IDataView data = ml.Data.LoadFromEnumerable(rows);
            var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = nameof(DenseRow.Label),
                FeatureColumnName = nameof(DenseRow.Features),
                ExampleWeightColumnName = nameof(DenseRow.Weight),
                NumberOfTrees = options.TreeCount,
                NumberOfLeaves = options.TreeLeaves,
                MinimumExampleCountPerLeaf = options.TreeMinLeafPosts,
                LearningRate = options.TreeLearningRate,
                Seed = options.Seed,

                // One thread: the trees then depend on nothing but the data and the seed.
                NumberOfThreads = 1,
            });

            var transformer = trainer.Fit(data);
            RegressionTreeEnsemble ensemble = transformer.Model.SubModel.TrainedTreeEnsemble;
            treeStart[l] = root.Count;
            bias[l] = (float)ensemble.Bias;
            for (int t = 0; t < ensemble.Trees.Count; t++)
            {
                RegressionTree tree = ensemble.Trees[t];
                double weight = ensemble.TreeWeights[t];
                int nodeBase = feature.Count;
                int leafBase = leaf.Count;
                int Map(int child) => child >= 0 ? child + nodeBase : ~(~child + leafBase);
                for (int n = 0; n < tree.NumberOfNodes; n++)
                {
                    if (tree.CategoricalSplitFlags[n])
                    {
                        throw new InvalidOperationException("The tree stage has no categorical features.");
                    }

                    feature.Add(tree.NumericalSplitFeatureIndexes[n]);
                    threshold.Add(tree.NumericalSplitThresholds[n]);
                    left.Add(Map(tree.LeftChild[n]));
                    right.Add(Map(tree.RightChild[n]));
                }

                foreach (double value in tree.LeafValues)
                {
                    leaf.Add((float)(value * weight));
                }

                root.Add(tree.NumberOfNodes > 0 ? nodeBase : ~leafBase);
            }

            treeStart[l + 1] = root.Count;
            log.WriteLine($"  {label.ToWireName(),-12} {ensemble.Trees.Count} trees, {clock.Elapsed.TotalSeconds:F1}s");

            // Self-check: the extracted trees must reproduce ML.NET's own ensemble output.
            float[] expected = transformer.Transform(ml.Data.TakeRows(data, 50)).GetColumn<float>("Score").ToArray();
            var partial = new TreeHarmStage([.. feature], [.. threshold], [.. left], [.. right], [.. leaf], [.. root],
                [.. treeStart[..(l + 1)], .. Enumerable.Repeat(root.Count, HarmLabelNames.All.Count - l)], bias, [-1, -1, -1, -1], [0, 0, 0, 0]);
            for (int r = 0; r < expected.Length; r++)
            {
                float actual = partial.Raw(rows[r].Features, l);
                if (Math.Abs(actual - expected[r]) > 1e-3 * Math.Max(1, Math.Abs(expected[r])))
                {
                    throw new InvalidOperationException($"Extracted trees disagree with ML.NET on row {r}: {actual:F4} vs {expected[r]:F4}.");
                }
            }
        }

        return new TreeHarmStage([.. feature], [.. threshold], [.. left], [.. right], [.. leaf], [.. root], treeStart, bias, [-1, -1, -1, -1], [0, 0, 0, 0]);
    }

    private static void WriteErrors(
        string path, IEnumerable<(LabelledPost Post, string Language, HarmScores Scores)> rows,
        Dictionary<string, IReadOnlyDictionary<string, double>> thresholds)
    {
        using var writer = new StreamWriter(path);
        foreach ((LabelledPost post, string language, HarmScores scores) in rows)
        {
            var predicted = HarmLabelNames.All.Where(l => scores[l] >= EvaluationReport.ThresholdFor(thresholds, language, l)).Select(l => l.ToWireName()).ToList();
            var gold = post.Labels.Select(l => l.ToWireName()).ToList();
            if (!predicted.Order().SequenceEqual(gold.Order()))
            {
                writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
                {
                    id = post.Id,
                    gold,
                    predicted,
                    scores = ScoreFields(scores),
                    text = post.Text,
                }));
            }
        }
    }

    private static void WriteScores(string path, IEnumerable<(LabelledPost Post, string Language, HarmScores Scores)> rows)
    {
        using var writer = new StreamWriter(path);
        foreach ((LabelledPost post, string language, HarmScores scores) in rows)
        {
            writer.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                id = post.Id,
                lang = language,
                group = post.Group,
                gold = post.Labels.Select(l => l.ToWireName()).ToList(),
                scores = ScoreFields(scores),
            }));
        }
    }

    private static object ScoreFields(HarmScores scores) =>
        new { dox = scores.Dox, threat = scores.Threat, bounty = scores.Bounty, coordination = scores.Coordination };

    /// <summary>
    /// Platt scaling per label: fits p = 1 / (1 + exp(a·margin + b)) on the validation posts by Newton's method, with
    /// Platt's smoothed targets so that a perfectly separated label does not drive the slope to infinity.
    /// </summary>
    private static (float[] Slope, float[] Offset) FitCalibration(double[][] margins, List<Example> dev)
    {
        int labels = HarmLabelNames.All.Count;
        float[] slopes = new float[labels];
        float[] offsets = new float[labels];

        foreach (HarmLabel label in HarmLabelNames.All)
        {
            int l = (int)label;
            int positives = dev.Count(e => e.Post.Has(label));
            int negatives = dev.Count - positives;
            double hi = (positives + 1.0) / (positives + 2.0);
            double lo = 1.0 / (negatives + 2.0);
            double a = -1, b = 0;
            double Loss(double sa, double sb)
            {
                double sum = 0;
                for (int i = 0; i < dev.Count; i++)
                {
                    double z = (sa * margins[i][l]) + sb;
                    double t = dev[i].Post.Has(label) ? hi : lo;

                    // -[t log p + (1 - t) log(1 - p)] with p = 1 / (1 + e^z), computed without overflow.
                    double softplus = z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z));
                    sum += softplus - ((1 - t) * z);
                }

                return sum;
            }

            for (int iteration = 0; iteration < 100; iteration++)
            {
                double ga = 0, gb = 0, haa = 1e-9, hab = 0, hbb = 1e-9;
                for (int i = 0; i < dev.Count; i++)
                {
                    double x = margins[i][l];
                    double t = dev[i].Post.Has(label) ? hi : lo;
                    double p = 1.0 / (1.0 + Math.Exp((a * x) + b));

                    // d(-log-likelihood)/d(a·x+b) = t - p for this parameterisation.
                    double g = t - p;
                    double w = p * (1 - p);
                    ga += g * x;
                    gb += g;
                    haa += w * x * x;
                    hab += w * x;
                    hbb += w;
                }

                double det = (haa * hbb) - (hab * hab);
                if (Math.Abs(det) < 1e-12)
                {
                    break;
                }

                double da = ((hbb * ga) - (hab * gb)) / det;
                double db = ((haa * gb) - (hab * ga)) / det;

                // A full Newton step from far away (tree outputs span a wider range than linear margins) can
                // overshoot and diverge; halve it until the likelihood improves. Converging fits take full steps.
                double before = Loss(a, b);
                while (Loss(a - da, b - db) > before + (1e-12 * Math.Abs(before)) && Math.Abs(da) + Math.Abs(db) > 1e-12)
                {
                    da /= 2;
                    db /= 2;
                }

                a -= da;
                b -= db;
                if (Math.Abs(da) + Math.Abs(db) < 1e-9)
                {
                    break;
                }
            }

            // A calibration must keep the model's order. Out-of-fold margins that do not rank positives higher (too
            // little data per wording family) would flip or flatten it: keep the plain logistic link then.
            if (!(a < -1e-3) || double.IsNaN(b))
            {
                (a, b) = (-1, 0);
            }

            slopes[l] = (float)a;
            offsets[l] = (float)b;
        }

        return (slopes, offsets);
    }

    private static bool IsSplit(LabelledPost post, string[] names) =>
        post.Split is not null && names.Contains(post.Split.Trim().ToLowerInvariant());

    private static int FoldOf(LabelledPost post, int seed) => StableBucket(post.Group ?? post.Id, seed) % Folds;

    private static HarmScores Calibrated(double[] margins, float[] slope, float[] offset)
    {
        double P(int l) => Math.Round(1.0 / (1.0 + Math.Exp((slope[l] * (float)margins[l]) + offset[l])), 4);
        return new HarmScores(P(0), P(1), P(2), P(3));
    }

    private static int StableBucket(string id, int seed)
    {
        uint h = 2166136261 ^ (uint)seed;
        foreach (char c in id)
        {
            h = (h ^ c) * 16777619;
        }

        return (int)(h % 100);
    }

    private static LinearHarmModel Fit(MLContext ml, List<Example> examples, HarmTrainingOptions options, TextWriter log)
    {
        int labels = HarmLabelNames.All.Count;
        float[] weights = new float[HarmFeatureExtractor.Dimension * labels];
        float[] bias = new float[labels];
        float[] slope = new float[labels];
        float[] offset = new float[labels];
        foreach (HarmLabel label in HarmLabelNames.All)
        {
            var clock = Stopwatch.StartNew();
            IDataView data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row
            {
                Label = e.Post.Has(label),
                Weight = WeightFor(e.Post, label),
                Features = new VBuffer<float>(HarmFeatureExtractor.Dimension, e.Sparse.Indices.Length, e.Sparse.Values, e.Sparse.Indices),
            }));

            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                ExampleWeightColumnName = nameof(Row.Weight),
                L2Regularization = options.L2Regularization,
                L1Regularization = options.L1Regularization,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 300,
                HistorySize = 20,

                // One thread: the optimiser's result then depends on nothing but the data and the seed.
                NumberOfThreads = 1,
            });

            var transformer = trainer.Fit(data);
            CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> parameters = transformer.Model;
            var w = parameters.SubModel.Weights;
            int l = (int)label;
            for (int i = 0; i < w.Count; i++)
            {
                weights[(i * labels) + l] = w[i];
            }

            bias[l] = parameters.SubModel.Bias;
            slope[l] = (float)parameters.Calibrator.Slope;
            offset[l] = (float)parameters.Calibrator.Offset;
            int nonZero = w.Count(x => x != 0f);
            log.WriteLine($"  {label.ToWireName(),-12} {examples.Count(e => e.Post.Has(label)),5} positives, {nonZero} non-zero weights, {clock.Elapsed.TotalSeconds:F1}s");

            // Self-check: the extracted weights must reproduce ML.NET's own probability.
            CheckAgainstMlNet(ml, transformer, data, weights, bias[l], slope[l], offset[l], l, labels, examples);
        }

        string description = $"logistic regression (ML.NET LBFGS, L2 {options.L2Regularization}, L1 {options.L1Regularization}) " +
            $"over {HarmFeatureExtractor.Dimension} hashed features v{HarmFeatureExtractor.FeatureVersion}; {examples.Count} posts";
        return new LinearHarmModel(weights, bias, slope, offset, description);
    }

    private static void CheckAgainstMlNet(
        MLContext ml, BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> transformer, IDataView data, float[] weights, float bias, float slope, float offset, int l, int labels, List<Example> examples)
    {
        IDataView scored = transformer.Transform(ml.Data.TakeRows(data, 50));
        float[] probabilities = scored.GetColumn<float>("Probability").ToArray();
        for (int r = 0; r < probabilities.Length; r++)
        {
            (int[] idx, float[] val) = examples[r].Sparse;
            double raw = bias;
            for (int k = 0; k < idx.Length; k++)
            {
                raw += weights[(idx[k] * labels) + l] * val[k];
            }

            double p = 1.0 / (1.0 + Math.Exp((slope * raw) + offset));
            if (Math.Abs(p - probabilities[r]) > 1e-3)
            {
                throw new InvalidOperationException($"Extracted weights disagree with ML.NET on row {r}: {p:F4} vs {probabilities[r]:F4}.");
            }
        }
    }

    /// <summary>
    /// GHC posts speak only to threats; for the other labels they are negatives from a different world (no personal
    /// information), useful but not to be weighed like the corpus's hard negatives.
    /// </summary>
    private static float WeightFor(LabelledPost post, HarmLabel label) =>
        post.Source == "ghc" && label != HarmLabel.Threat ? post.Weight * 0.5f : post.Weight;

    private sealed class Row
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(HarmFeatureExtractor.Dimension)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class DenseRow
    {
        public bool Label { get; set; }

        public float Weight { get; set; }

        [VectorType(HarmDenseFeatures.Count)]
        public float[] Features { get; set; } = [];

        [NoColumn]
        public LabelledPost? Post { get; set; }
    }

    /// <summary>A featurized post: sparse hashed features, and the tree stage's dense features.</summary>
    internal sealed record Example(LabelledPost Post, string Language, (int[] Indices, float[] Values) Sparse, float[] Dense, int[] Atoms);

    /// <summary>Runs the engine's own normalization and recognizers, so training sees exactly what scanning sees.</summary>
    internal sealed class Featurizer
    {
        private readonly ScanEngine _engine = new(new ScanEngineOptions(), RecognizerCatalog.CreateDefault(), new NoHarmClassifier(), new BaselinePolicy());

        public List<Example> Featurize(IEnumerable<LabelledPost> posts)
        {
            var features = new HarmFeatures();
            var examples = new List<Example>();
            foreach (LabelledPost post in posts)
            {
                NormalizedText normalized = TextNormalizer.Normalize(post.Text);
                string language = LanguageDetector.Resolve(post.Lang, normalized.Text);
                IReadOnlyList<Entity> entities = _engine.FindEntities(post.Text, language);
                HarmFeatureExtractor.Extract(normalized.Text, language, entities, features);
                float[] dense = new float[HarmDenseFeatures.Count];
                HarmDenseFeatures.Fill(features, dense);
                int[] atoms = [.. features.Indices.AsSpan(features.CharEnd, features.Count - features.CharEnd).ToArray().Distinct().Order()];
                examples.Add(new Example(post, language, features.ToSparse(), dense, atoms));
            }

            return examples;
        }
    }
}
