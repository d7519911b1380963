using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Harms;

/// <summary>
/// The shipped harm classifier: hashed text and cue features scored by the learned linear model, with reasons that
/// quote the evidence. Thread-safe: the model is read-only and the feature scratch is per thread.
/// </summary>
internal sealed class LinearHarmClassifier : IHarmClassifier
{
    /// <summary>
    /// Labels scored under this get no reason. It sits under the lowest threshold config/policy.json ships, so every
    /// reported label comes with its evidence; the cost (quoting, sentence scoring) is paid only by such posts.
    /// </summary>
    public const double EvidenceMinScore = 0.25;

    private readonly LinearHarmModel _model;

    public LinearHarmClassifier(LinearHarmModel model)
    {
        _model = model;
    }

    /// <summary>The classifier over the model embedded in Core.</summary>
    public static LinearHarmClassifier CreateDefault() =>
        new(LinearHarmModel.LoadEmbedded() ?? throw new InvalidOperationException("The harm model is not embedded in this build."));

    public LinearHarmModel Model => _model;

    /// <inheritdoc />
    public HarmAssessment Assess(AnalysisContext context, IReadOnlyList<Entity> entities)
    {
        HarmFeatures features = HarmFeatureExtractor.Scratch;
        HarmFeatureExtractor.Extract(context.Text, context.Language, entities, features);
        HarmScores scores = _model.Score(features);
        if (scores.Dox < EvidenceMinScore && scores.Threat < EvidenceMinScore
            && scores.Bounty < EvidenceMinScore && scores.Coordination < EvidenceMinScore)
        {
            return new HarmAssessment(scores, []);
        }

        return new HarmAssessment(scores, HarmEvidence.Explain(context, entities, features, scores, _model));
    }
}
