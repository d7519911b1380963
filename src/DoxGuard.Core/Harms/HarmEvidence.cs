using System.Text;
using DoxGuard.Analysis;
using DoxGuard.Entities;

namespace DoxGuard.Harms;

/// <summary>
/// Writes the reasons a reviewer reads: what kinds of personal information of whom ("home address and phone of a
/// named officer"), the money offered ("offers \"$50k\""), the call made ("call to \"show up at his house\"") and the
/// threatening sentence itself. Quotes are cut short and personal information inside them is masked, so that a
/// reason never repeats the dox it describes.
/// </summary>
internal static class HarmEvidence
{
    private const int MaxQuote = 90;
    private const int MaxCallWords = 7;

    [ThreadStatic]
    private static HarmFeatures? t_sentence;

    [ThreadStatic]
    private static List<string>? t_kinds;

    public static string[] Explain(
        AnalysisContext context, IReadOnlyList<Entity> entities, HarmFeatures f, HarmScores scores, LinearHarmModel model)
    {
        // Everything read from the shared scratch is read before sentence scoring below reuses the extractor.
        string? bounty = scores.Bounty >= LinearHarmClassifier.EvidenceMinScore ? DescribeBounty(context, entities, f) : null;
        string? dox = scores.Dox >= LinearHarmClassifier.EvidenceMinScore ? DescribeDox(context, f) : null;
        string? call = scores.Coordination >= LinearHarmClassifier.EvidenceMinScore ? DescribeCall(context, entities, f) : null;
        string? threat = scores.Threat >= LinearHarmClassifier.EvidenceMinScore ? DescribeThreat(context, entities, model) : null;

        // Exactly sized, in the order bounty, threat, dox, call: the reasons are the only allocation they need.
        int count = (bounty is null ? 0 : 1) + (threat is null ? 0 : 1) + (dox is null ? 0 : 1) + (call is null ? 0 : 1);
        if (count == 0)
        {
            return [];
        }

        string[] reasons = new string[count];
        int n = 0;
        Append(reasons, ref n, bounty);
        Append(reasons, ref n, threat);
        Append(reasons, ref n, dox);
        Append(reasons, ref n, call);
        return reasons;
    }

    private static void Append(string[] reasons, ref int n, string? reason)
    {
        if (reason is not null)
        {
            reasons[n++] = reason;
        }
    }

    private static string DescribeDox(AnalysisContext context, HarmFeatures f)
    {
        List<string> kinds = t_kinds ??= new List<string>(8);
        kinds.Clear();
        if (f.Has(EntityType.StreetAddress))
        {
            kinds.Add(f.Has(HarmCue.AddressWord) || f.Has(HarmCue.FamilyWord) ? "home address" : "street address");
        }
        else if (f.Has(HarmCue.AddressWord) && (f.Has(HarmCue.InfoRequest) || f.Has(HarmCue.KnowWhere)))
        {
            kinds.Add("where they live");
        }

        AddIf(kinds, f.Has(EntityType.PhoneNumber), "phone");
        AddIf(kinds, f.Has(EntityType.EmailAddress), "email");
        AddIf(kinds, f.Has(EntityType.LicensePlate), "license plate");
        AddIf(kinds, !f.Has(EntityType.LicensePlate) && f.Has(HarmCue.VehicleWord), "vehicle");
        AddIf(kinds, f.Has(EntityType.UsSsn), "SSN");
        AddIf(kinds, f.Has(EntityType.DateOfBirth), "date of birth");
        AddIf(kinds, f.Has(EntityType.GeoCoordinates), "coordinates");
        AddIf(kinds, f.Has(EntityType.IpAddress), "IP address");
        AddIf(kinds, f.Has(EntityType.CreditCard), "card number");
        AddIf(kinds, f.Has(HarmCue.FamilyWord), "family");
        AddIf(kinds, f.Has(HarmCue.SchoolWord), "school");
        AddIf(kinds, f.Has(HarmCue.WorkplaceWord), "workplace");
        AddIf(kinds, f.Has(HarmCue.RoutineWord), "routine");
        if (kinds.Count == 0)
        {
            kinds.Add("personal details");
        }

        string role = f.Has(HarmCue.RoleWord) ? Quote(context, f.CueStart[(int)HarmCue.RoleWord], f.CueEnd[(int)HarmCue.RoleWord], [], raw: true) : string.Empty;
        string whose = (f.Has(EntityType.Person), role.Length > 0) switch
        {
            (true, true) => $"of a named {role}",
            (false, true) => $"of a {role}",
            (true, false) => "of a named person",
            _ => "of a specific person",
        };

        return $"{JoinKinds(kinds)} {whose}";
    }

    private static string DescribeBounty(AnalysisContext context, IReadOnlyList<Entity> entities, HarmFeatures f)
    {
        if (f.MoneySpans.Count > 0)
        {
            (int start, int end) = f.MoneySpans[0];
            return $"offers {Quote(context, start, end, entities, raw: true)}";
        }

        if (f.Has(HarmCue.RewardWord))
        {
            int s = f.CueStart[(int)HarmCue.RewardWord];
            return $"offers a reward: \"{Clause(context, entities, s, MaxCallWords)}\"";
        }

        return "offers a reward for a person's harm or details";
    }

    private static string DescribeCall(AnalysisContext context, IReadOnlyList<Entity> entities, HarmFeatures f)
    {
        int start = -1;
        foreach (HarmCue cue in (ReadOnlySpan<HarmCue>)[HarmCue.CallToAction, HarmCue.SpreadWord])
        {
            int s = f.CueStart[(int)cue];
            if (s >= 0 && (start < 0 || s < start))
            {
                start = s;
            }
        }

        return start < 0 ? "call on others to act against a target" : $"call to \"{Clause(context, entities, start, MaxCallWords)}\"";
    }

    private static string DescribeThreat(AnalysisContext context, IReadOnlyList<Entity> entities, LinearHarmModel model)
    {
        string text = context.Text;
        (int bestStart, int bestEnd) = (0, text.Length);
        double best = double.MinValue;
        int sentences = 0;
        int i = 0;
        while (i < text.Length)
        {
            int start = i;
            while (i < text.Length && text[i] is not ('.' or '!' or '?' or '\n' or ';'))
            {
                i++;
            }

            int end = i;
            while (i < text.Length && text[i] is '.' or '!' or '?' or '\n' or ';')
            {
                i++;
            }

            (start, end) = Trim(text, start, end);
            if (end - start < 3)
            {
                continue;
            }

            sentences++;
            HarmFeatures scratch = t_sentence ??= new HarmFeatures();
            HarmFeatureExtractor.Extract(text[start..end], context.Language, [], scratch);
            double score = model.ScoreLabel(scratch, HarmLabel.Threat);
            if (score > best)
            {
                (best, bestStart, bestEnd) = (score, start, end);
            }
        }

        if (sentences == 0)
        {
            return "threat of violence";
        }

        return $"threat: \"{Quote(context, bestStart, bestEnd, entities, raw: false)}\"";
    }

    /// <summary>From <paramref name="start"/> to the end of its clause, at most <paramref name="maxWords"/> words.</summary>
    private static string Clause(AnalysisContext context, IReadOnlyList<Entity> entities, int start, int maxWords)
    {
        string text = context.Text;
        int words = 0;
        int i = start;
        bool inWord = false;
        while (i < text.Length && text[i] is not ('.' or '!' or '?' or '\n' or ';' or ',' or ':'))
        {
            bool letter = !char.IsWhiteSpace(text[i]);
            if (letter && !inWord && ++words > maxWords)
            {
                break;
            }

            inWord = letter;
            i++;
        }

        (int s, int e) = Trim(text, start, i);
        return Quote(context, s, e, entities, raw: false);
    }

    /// <summary>
    /// The post's words from <paramref name="start"/> to <paramref name="end"/> (normalized offsets), with personal
    /// information masked as [TYPE] and long quotes cut. With <paramref name="raw"/> the span is returned as is
    /// (a money amount or a role word), otherwise in double quotes' content form.
    /// </summary>
    private static string Quote(AnalysisContext context, int start, int end, IReadOnlyList<Entity> entities, bool raw)
    {
        string text = context.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        if (raw)
        {
            return text[start..end];
        }

        var sb = new StringBuilder(Math.Min(end - start, MaxQuote) + 8);
        (int originalStart, int originalEnd) = context.Normalized.ToOriginal(start, end);
        for (int i = start; i < end && sb.Length < MaxQuote; i++)
        {
            Entity? covering = null;
            if (context.Normalized.IsIdentity)
            {
                for (int eIndex = 0; eIndex < entities.Count; eIndex++)
                {
                    Entity e = entities[eIndex];
                    if (e.Start <= i && i < e.End && e.Start < originalEnd && originalStart < e.End)
                    {
                        covering = e;
                        break;
                    }
                }
            }

            if (covering is not null)
            {
                sb.Append('[').Append(covering.Type.ToWireName()).Append(']');
                i = covering.End - 1;
                continue;
            }

            // Without an offset map back to entities, digits are what a quote could leak (phones, numbers).
            sb.Append(char.IsAsciiDigit(text[i]) && !context.Normalized.IsIdentity ? '#' : text[i]);
        }

        if (sb.Length >= MaxQuote && end - start > MaxQuote)
        {
            sb.Append('…');
        }

        return sb.ToString().Replace('"', '\'');
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    private static void AddIf(List<string> kinds, bool condition, string kind)
    {
        if (condition)
        {
            kinds.Add(kind);
        }
    }

    private static string JoinKinds(List<string> kinds) => kinds.Count switch
    {
        1 => kinds[0],
        2 => $"{kinds[0]} and {kinds[1]}",
        _ => $"{string.Join(", ", System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kinds)[..^1])} and {kinds[^1]}",
    };
}
