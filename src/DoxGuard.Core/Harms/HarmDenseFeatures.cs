namespace DoxGuard.Harms;

/// <summary>
/// The dense input of the tree stage (<see cref="TreeHarmStage"/>): every cue found asserted and found only inside
/// quotes, entity counts per type, a few counts, the language, and clause-level conjunctions of cue classes that
/// describe an act rather than a wording (a call next to a target, a threat addressed to "you"). No n-grams and no
/// linear margins: the trees are meant to err differently from the linear stage (stacked on its margins, they
/// mostly repeated it; measured in docs/classifier.md).
/// </summary>
internal static class HarmDenseFeatures
{
    /// <summary>Entity types with a count slot (more than <see cref="Entities.EntityType"/> has, for growth).</summary>
    public const int EntitySlots = 16;

    private const int CueSlots = 56;
    private const int CueBase = 0;
    private const int QuotedCueBase = CueBase + CueSlots;
    private const int EntityBase = QuotedCueBase + CueSlots;
    private const int CountBase = EntityBase + EntitySlots;

    /// <summary>Slot of "a call and a target in one clause" (go to + his house, flood + his cell).</summary>
    public const int CallNextToTarget = CountBase + 7;

    /// <summary>Slot of "a call and everyone/spread in one clause".</summary>
    public const int CallToEveryone = CountBase + 8;

    /// <summary>Slot of "you, a harm word and intent or a condition in one clause" (you'll bleed, if you...).</summary>
    public const int ThreatToYou = CountBase + 9;

    /// <summary>Slot of "reporting, condemnation, court, fiction or idiom next to harm, a call or intent in one clause".</summary>
    public const int Distanced = CountBase + 10;

    /// <summary>Slot of "first person and a harm word in one clause".</summary>
    public const int FirstPersonHarm = CountBase + 11;

    /// <summary>Slot of "a call next to a civic or business word in one clause" (call his office, rally at city hall).</summary>
    public const int CivicCall = CountBase + 12;

    /// <summary>Length of the dense vector.</summary>
    public const int Count = CountBase + 13;

    /// <summary>Slot of a cue found asserted (outside quotation marks).</summary>
    public static int CueSlot(HarmCue cue) => CueBase + (int)cue;

    /// <summary>Slot of a cue found only inside quotation marks.</summary>
    public static int QuotedCueSlot(HarmCue cue) => QuotedCueBase + (int)cue;

    private const ulong Target = (1UL << (int)HarmCue.AddressWord) | (1UL << (int)HarmCue.PersonalTarget)
        | (1UL << (int)HarmCue.ThirdPerson) | (1UL << (int)HarmCue.RoutineWord) | (1UL << (int)HarmCue.WorkplaceWord)
        | (1UL << (int)HarmCue.FamilyWord) | (1UL << (int)HarmCue.RoleWord) | (1UL << (int)HarmCue.PhoneWord);

    private const ulong Harm = (1UL << (int)HarmCue.ViolenceWord) | (1UL << (int)HarmCue.WeaponWord) | (1UL << (int)HarmCue.VeiledThreat);

    private const ulong Intent = (1UL << (int)HarmCue.FutureIntent) | (1UL << (int)HarmCue.ConditionalWord) | (1UL << (int)HarmCue.KnowWhere);

    private const ulong Distance = (1UL << (int)HarmCue.ReportingWord) | (1UL << (int)HarmCue.CondemnWord)
        | (1UL << (int)HarmCue.CourtWord) | (1UL << (int)HarmCue.FictionWord) | (1UL << (int)HarmCue.IdiomWord);

    private const ulong Call = 1UL << (int)HarmCue.CallToAction;
    private const ulong Everyone = (1UL << (int)HarmCue.EveryoneWord) | (1UL << (int)HarmCue.SpreadWord);
    private const ulong You = 1UL << (int)HarmCue.SecondPerson;
    private const ulong Me = 1UL << (int)HarmCue.FirstPerson;
    private const ulong Civic = (1UL << (int)HarmCue.CivicAction) | (1UL << (int)HarmCue.BusinessWord);

    /// <summary>Fills <paramref name="dense"/> (length <see cref="Count"/>) from extracted features.</summary>
    public static void Fill(HarmFeatures f, Span<float> dense)
    {
        dense[..Count].Clear();

        ulong cues = f.CueMask;
        while (cues != 0)
        {
            int cue = System.Numerics.BitOperations.TrailingZeroCount(cues);
            cues &= cues - 1;
            dense[CueBase + cue] = 1f;
        }

        ulong quotedOnly = f.QuotedCueMask & ~f.CueMask;
        while (quotedOnly != 0)
        {
            int cue = System.Numerics.BitOperations.TrailingZeroCount(quotedOnly);
            quotedOnly &= quotedOnly - 1;
            dense[QuotedCueBase + cue] = 1f;
        }

        int entities = 0;
        for (int type = 0; type < EntitySlots; type++)
        {
            dense[EntityBase + type] = f.EntityCounts[type];
            entities += f.EntityCounts[type];
        }

        int clauses = 0, maxCues = 0;
        bool callTarget = false, everyoneCall = false, threatToYou = false, distanced = false, firstPersonHarm = false, civicCall = false;
        for (int c = 0; c < f.ClauseCues.Length; c++)
        {
            ulong m = f.ClauseCues[c];
            if (m == 0)
            {
                continue;
            }

            clauses = c + 1;
            maxCues = Math.Max(maxCues, System.Numerics.BitOperations.PopCount(m));
            callTarget |= (m & Call) != 0 && (m & Target) != 0;
            everyoneCall |= (m & Call) != 0 && (m & Everyone) != 0;
            threatToYou |= (m & You) != 0 && (m & Harm) != 0 && (m & Intent) != 0;
            distanced |= (m & Distance) != 0 && (m & (Harm | Call | Intent)) != 0;
            firstPersonHarm |= (m & Me) != 0 && (m & Harm) != 0;
            civicCall |= (m & Call) != 0 && (m & Civic) != 0;
        }

        dense[CountBase] = f.TokenCount;
        dense[CountBase + 1] = f.Quotes.Count;
        dense[CountBase + 2] = clauses;
        dense[CountBase + 3] = entities;
        dense[CountBase + 4] = System.Numerics.BitOperations.PopCount(f.CueMask);
        dense[CountBase + 5] = maxCues;
        dense[CountBase + 6] = f.Spanish ? 1f : 0f;
        dense[CallNextToTarget] = callTarget ? 1f : 0f;
        dense[CallToEveryone] = everyoneCall ? 1f : 0f;
        dense[ThreatToYou] = threatToYou ? 1f : 0f;
        dense[Distanced] = distanced ? 1f : 0f;
        dense[FirstPersonHarm] = firstPersonHarm ? 1f : 0f;
        dense[CivicCall] = civicCall ? 1f : 0f;
    }
}
