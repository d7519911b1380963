using DoxGuard.Contract;
using DoxGuard.Entities;
using DoxGuard.Harms;
using DoxGuard.Normalization;
using DoxGuard.Policy;
using DoxGuard.Recognizers;
using DoxGuard.Redaction;
using DoxGuard.Registry;

namespace DoxGuard.Analysis;

/// <summary>
/// The detection pipeline for one post: normalize → recognizers → merge overlaps → threshold → registry → harm
/// classifier → policy. Thread-safe; one engine serves every thread.
/// </summary>
public sealed class ScanEngine
{
    private readonly ScanEngineOptions _options;
    private readonly RecognizerCatalog _recognizers;
    private readonly IHarmClassifier _classifier;
    private readonly IModerationPolicy _policy;
    private readonly IProtectedPersonMatcher? _registry;

    /// <summary>Creates an engine from its parts.</summary>
    public ScanEngine(
        ScanEngineOptions options,
        RecognizerCatalog recognizers,
        IHarmClassifier classifier,
        IModerationPolicy policy,
        IProtectedPersonMatcher? registry = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _recognizers = recognizers;
        _classifier = classifier;
        _policy = policy;
        _registry = registry;
    }

    /// <summary>The engine's options.</summary>
    public ScanEngineOptions Options => _options;

    /// <summary>Finds the personal information in <paramref name="text"/>, without judging harm.</summary>
    public IReadOnlyList<Entity> FindEntities(string text, string? language = null)
    {
        AnalysisContext context = CreateContext(text, language);
        List<string>? diagnostics = null;
        return Recognize(context, ref diagnostics);
    }

    /// <summary>Scans one post.</summary>
    public ScanResult Scan(ScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        AnalysisContext context = CreateContext(request.Text, request.Lang);
        // Allocated on the first failure only: nearly every post has no diagnostic.
        List<string>? diagnostics = null;
        IReadOnlyList<Entity> entities = Recognize(context, ref diagnostics);

        if (_registry is not null)
        {
            try
            {
                entities = _registry.Annotate(context, entities);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                (diagnostics ??= []).Add($"registry matching failed: {ex.GetType().Name}");
            }
        }

        HarmAssessment assessment;
        bool classifierFailed = false;
        try
        {
            assessment = _classifier.Assess(context, entities);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            (diagnostics ??= []).Add($"harm classifier failed: {ex.GetType().Name}");
            assessment = HarmAssessment.None;
            classifierFailed = true;
        }

        ModerationDecision decision = _policy.Decide(new PolicyInput(context.Language, assessment, entities));
        if (classifierFailed && decision.Action < ModerationAction.Review)
        {
            // Failing closed: a post the classifier could not judge goes to a human.
            decision = decision with { Action = ModerationAction.Review, Reasons = [.. decision.Reasons, "automatic assessment failed"] };
        }

        return new ScanResult
        {
            Id = request.Id,
            Action = decision.Action,
            Severity = decision.Severity,
            Labels = decision.Labels,
            Scores = assessment.Scores,
            Entities = entities,
            Reasons = decision.Reasons,
            Language = context.Language,
            Redacted = _options.Redact ? Redactor.Redact(request.Text, entities) : null,
            Shadow = decision.Shadow,
            Diagnostics = diagnostics is null ? Array.Empty<string>() : diagnostics,
        };
    }

    private static AnalysisContext CreateContext(string text, string? language)
    {
        NormalizedText? normalized = TextNormalizer.NormalizeEdited(text);
        return new AnalysisContext(text, normalized, LanguageDetector.Resolve(language, normalized?.Text ?? text));
    }

    // Recognizer results are copied into entities at once, so one list per thread serves every post.
    [ThreadStatic]
    private static List<RecognizerResult>? t_found;

    // The entities before merging: the merge copies what it keeps into a list of its own, so this one is scratch.
    [ThreadStatic]
    private static List<Entity>? t_entities;

    private IReadOnlyList<Entity> Recognize(AnalysisContext context, ref List<string>? diagnostics)
    {
        List<RecognizerResult> found = t_found ??= [];

        // Most posts hold no entity: an empty result shares one array, and one entity gets an array of one.
        List<Entity> entities = t_entities ??= [];
        entities.Clear();
        foreach (EntityRecognizer recognizer in _recognizers.Span)
        {
            found.Clear();
            try
            {
                recognizer.Analyze(context, found);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                (diagnostics ??= []).Add($"recognizer {recognizer.Name} failed: {ex.GetType().Name}");
                continue;
            }

            foreach (RecognizerResult r in found)
            {
                if (r.Score < _options.MinEntityScore || r.End <= r.Start || r.Start < 0 || r.End > context.Text.Length)
                {
                    continue;
                }

                (int start, int end) = context.ToOriginal(r.Start, r.End);
                entities.Add(new Entity(r.Type, start, end, Math.Round(r.Score, 3), recognizer.Name, r.Explanation)
                {
                    Normalized = r.Normalized,
                });
            }
        }

        IReadOnlyList<Entity> merged = entities.Count switch
        {
            0 => Array.Empty<Entity>(),
            1 => new[] { entities[0] },
            _ => EntityMerger.Merge(entities),
        };
        entities.Clear();
        return merged;
    }
}
