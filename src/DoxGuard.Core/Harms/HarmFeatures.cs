using DoxGuard.Entities;

namespace DoxGuard.Harms;

/// <summary>
/// The features of one post, as hashed indices and values, and the cues behind them with where they were found.
/// Instances are scratch space reused per thread: extracting allocates nothing once the buffers have grown.
/// </summary>
internal sealed class HarmFeatures
{
    private static readonly int CueCount = (int)HarmCue.Count;

    public int[] Indices = new int[1024];
    public float[] Values = new float[1024];
    public int Count;

    /// <summary>
    /// Where the character n-grams lie in <see cref="Indices"/>: [<see cref="CharFirst"/>, <see cref="CharEnd"/>), after
    /// the word n-grams, so the first <see cref="CharEnd"/> features are all n-grams and the rest cue, entity and pair
    /// atoms (training prunes n-grams by how many wording families share them). One
    /// segment per word ending at <see cref="CharSegmentEnd"/>[k], all with the same value. The model sums a word's
    /// n-gram rows once and reuses the sum (<see cref="LinearHarmModel"/>), the way the extractor reuses its n-grams:
    /// <see cref="CharSegmentStamp"/>[k] names the word's n-gram list in the extractor's cache (0: not cached).
    /// </summary>
    public int CharFirst;
    public int CharEnd;
    public int[] CharSegmentEnd = new int[128];
    public long[] CharSegmentStamp = new long[128];
    public int CharSegmentCount;

    public char[] Folded = new char[512];
    public int[] TokenStart = new int[128];
    public int[] TokenEnd = new int[128];
    public uint[] TokenHash = new uint[128];
    public bool[] TokenNumeric = new bool[128];
    public bool[] TokenQuoted = new bool[128];
    public int[] TokenClause = new int[128];

    /// <summary>Each token's rolling <see cref="HarmLexicon"/> hash, for the one-word cue lookup.</summary>
    public ulong[] TokenLexiconHash = new ulong[128];

    /// <summary>Cues of each clause (text between . ! ? ; , or line breaks), for clause-level pairs.</summary>
    public readonly ulong[] ClauseCues = new ulong[MaxClauses];
    public const int MaxClauses = 32;
    public int TokenCount;

    /// <summary>True when the post was read as Spanish.</summary>
    public bool Spanish;

    /// <summary>Bit i set when <see cref="HarmCue"/> i was found.</summary>
    public ulong CueMask;

    /// <summary>Bit i set when <see cref="HarmCue"/> i was found inside quotation marks only.</summary>
    public ulong QuotedCueMask;

    /// <summary>Spans of the text between matching quotation marks.</summary>
    public readonly List<(int Start, int End)> Quotes = [];

    /// <summary>Bit i set when an entity of <see cref="EntityType"/> i was found.</summary>
    public uint EntityMask;

    /// <summary>Entities found per <see cref="EntityType"/>, for the tree stage's dense features.</summary>
    public readonly int[] EntityCounts = new int[HarmDenseFeatures.EntitySlots];

    /// <summary>Normalized-text span of each cue's first hit (start, end); -1 when absent.</summary>
    public readonly int[] CueStart = new int[CueCount];
    public readonly int[] CueEnd = new int[CueCount];

    /// <summary>Tokens that carry a money amount ("$50k", "25 racks"), as normalized spans.</summary>
    public readonly List<(int Start, int End)> MoneySpans = [];

    public bool Has(HarmCue cue) => (CueMask & (1UL << (int)cue)) != 0;

    public bool Has(EntityType type) => (EntityMask & (1U << (int)type)) != 0;

    public void Reset(int textLength)
    {
        Count = 0;
        CharFirst = 0;
        CharEnd = 0;
        CharSegmentCount = 0;
        TokenCount = 0;
        CueMask = 0;
        QuotedCueMask = 0;
        Array.Clear(ClauseCues);
        Quotes.Clear();
        EntityMask = 0;
        Array.Clear(EntityCounts);
        MoneySpans.Clear();
        Array.Fill(CueStart, -1);
        Array.Fill(CueEnd, -1);
        if (Folded.Length < textLength)
        {
            Folded = new char[Math.Max(textLength, Folded.Length * 2)];
        }
    }

    /// <summary>Grows the feature buffers to hold at least <paramref name="size"/> features.</summary>
    public void EnsureCapacity(int size)
    {
        if (size > Indices.Length)
        {
            int grown = Math.Max(size, Indices.Length * 2);
            Array.Resize(ref Indices, grown);
            Array.Resize(ref Values, grown);
        }
    }

    public void Add(int index, float value)
    {
        if (Count == Indices.Length)
        {
            Array.Resize(ref Indices, Count * 2);
            Array.Resize(ref Values, Count * 2);
        }

        Indices[Count] = index;
        Values[Count] = value;
        Count++;
    }

    public void EndCharSegment(long stamp)
    {
        if (CharSegmentCount == CharSegmentEnd.Length)
        {
            Array.Resize(ref CharSegmentEnd, CharSegmentCount * 2);
            Array.Resize(ref CharSegmentStamp, CharSegmentCount * 2);
        }

        CharSegmentStamp[CharSegmentCount] = stamp;
        CharSegmentEnd[CharSegmentCount++] = Count;
    }

    public void AddToken(int start, int end, uint hash, bool numeric, bool quoted, int clause, ulong lexiconHash)
    {
        if (TokenCount == TokenStart.Length)
        {
            int size = TokenCount * 2;
            Array.Resize(ref TokenStart, size);
            Array.Resize(ref TokenEnd, size);
            Array.Resize(ref TokenHash, size);
            Array.Resize(ref TokenNumeric, size);
            Array.Resize(ref TokenQuoted, size);
            Array.Resize(ref TokenClause, size);
            Array.Resize(ref TokenLexiconHash, size);
        }

        TokenStart[TokenCount] = start;
        TokenEnd[TokenCount] = end;
        TokenHash[TokenCount] = hash;
        TokenNumeric[TokenCount] = numeric;
        TokenQuoted[TokenCount] = quoted;
        TokenClause[TokenCount] = Math.Min(clause, MaxClauses - 1);
        TokenLexiconHash[TokenCount] = lexiconHash;
        TokenCount++;
    }

    public void MarkCue(HarmCue cue, int start, int end)
    {
        ulong bit = 1UL << (int)cue;
        if ((CueMask & bit) == 0)
        {
            CueMask |= bit;
            CueStart[(int)cue] = start;
            CueEnd[(int)cue] = end;
        }
    }

    /// <summary>The features as a sorted, de-duplicated sparse vector (training needs one; scoring does not).</summary>
    public (int[] Indices, float[] Values) ToSparse()
    {
        var sum = new SortedDictionary<int, float>();
        for (int i = 0; i < Count; i++)
        {
            sum[Indices[i]] = sum.GetValueOrDefault(Indices[i]) + Values[i];
        }

        return ([.. sum.Keys], [.. sum.Values]);
    }
}
