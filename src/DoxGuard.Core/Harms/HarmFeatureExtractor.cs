using System.Buffers;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using DoxGuard.Entities;

namespace DoxGuard.Harms;

/// <summary>
/// Turns a post into hashed sparse features: word unigrams and bigrams and character 3-5-grams over the folded,
/// de-leeted text, plus the engineered cues of <see cref="HarmCue"/>, the entity types found, and every pair of
/// those (cue × cue, cue × entity), so that a linear model can weigh "money near a named officer" as a unit.
/// Hashing (rather than a vocabulary) keeps the model a flat weight table: scoring is one lookup per feature.
/// </summary>
internal static class HarmFeatureExtractor
{
    /// <summary>Bumped whenever features change meaning; a model trained on another version is refused.</summary>
    public const int FeatureVersion = 7;

    /// <summary>log2 of the hashed feature space.</summary>
    public const int HashBits = 18;

    /// <summary>Number of feature indices.</summary>
    public const int Dimension = 1 << HashBits;

    private const int Mask = Dimension - 1;
    private const int MaxTokenForCharGrams = 24;

    /// <summary>The most character n-grams one word gives (3-, 4- and 5-grams of the longest word that gets any).</summary>
    public const int MaxCharGramsPerWord = (3 * MaxTokenForCharGrams) - 3;
    private const uint WordSeed = 0x9E3779B1;
    private const uint BigramSeed = 0x85EBCA77;
    private const uint CharSeed = 0xC2B2AE3D;
    private const uint AtomSeed = 0x27D4EB2F;
    private const uint PairSeed = 0x165667B1;
    private const uint LangSeed = 0xD3A2646C;
    private const uint ClauseSeed = 0x3C6EF372;

    // Words inside quotation marks are other features than the same words asserted: "he wrote 'I know where you
    // live'" reports a threat, it does not make one. A linear model cannot learn that scope from a bag of words.
    private const uint QuotedSeed = 0x5BD1E995;
    private const int QuotedAtomBase = 64;

    private const int EntityAtomBase = 2 * QuotedAtomBase;

    // Money words that are money only after a number: "25 racks", "10 bands", "a bag"... but "k" or "bag" alone is not.
    private static readonly FrozenSet<string> MoneyUnits = new[]
    {
        "k", "g", "gs", "grand", "rack", "racks", "band", "bands", "stack", "stacks", "bag", "bags", "lana", "feria",
        "plata", "paca", "pacas", "billete", "billetes", "varos", "quid", "m", "mil", "million", "millon", "millones",
        "thousand", "hundred", "cien", "ciento", "pesos", "peso", "dollars", "dollar", "dolares", "bucks", "btc", "eth",
        "usdt", "xmr", "euros", "usd", "mxn", "sats",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred",
        "thousand", "a", "un", "una", "uno", "dos", "tres", "cinco", "diez", "veinte", "cincuenta", "cien", "mil",
        "half", "medio",
    }.ToFrozenSet(StringComparer.Ordinal);

    [ThreadStatic]
    private static HarmFeatures? t_scratch;

    [ThreadStatic]
    private static CharGramCache? t_charGrams;

    // Block scales, chosen out-of-fold by wording family (2026-11-29, fifth round): a larger value is a weaker L2 on
    // that block relative to the cue and pair features (value 1 each). Once n-grams of fewer than five wording
    // families are no longer trained on (HarmModelTrainer), word n-grams at 3 and character n-grams at 4 generalised
    // best to unseen families (2 and 2 before; character n-grams at 1 did much worse: they carry the inflections and
    // misspellings that the cue lexicon, looked up word for word, misses).
    private const float WordScale = 3f;
    private const float CharScale = 4f;
    private const float CueScale = 1f;

    /// <summary>The calling thread's scratch features (reused, never shared across threads).</summary>
    public static HarmFeatures Scratch => t_scratch ??= new HarmFeatures();

    /// <summary>Extracts the features of <paramref name="text"/> into <paramref name="features"/>.</summary>
    public static void Extract(string text, string language, IReadOnlyList<Entity> entities, HarmFeatures features)
    {
        features.Reset(text.Length);
        Tokenize(text, features);
        AddWordFeatures(features);
        AddCharFeatures(features);
        FindCues(text, features);

        for (int entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            Entity entity = entities[entityIndex];
            features.EntityMask |= 1U << (int)entity.Type;
            if ((int)entity.Type < features.EntityCounts.Length)
            {
                features.EntityCounts[(int)entity.Type]++;
            }
        }

        AddAtomFeatures(features, entities);
        features.Spanish = string.Equals(language, "es", StringComparison.Ordinal);
        features.Add(Index(LangSeed, features.Spanish ? 1u : 2u), 1f);
    }

    // Every character FindQuotes acts on: the opening marks, and the closing ones ('”' closes '"' and '“', '»' closes '«').
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”«»„");

    private static void FindQuotes(string text, HarmFeatures f)
    {
        // Most posts quote nothing: one vectorized scan answers them, and a post with quotes jumps mark to mark.
        int open = -1;
        char closer = '\0';
        int k = text.AsSpan().IndexOfAny(QuoteMarks);
        while (k >= 0)
        {
            char c = text[k];
            if (open < 0)
            {
                closer = c switch { '"' => '"', '“' => '”', '«' => '»', '„' => '“', _ => '\0' };
                if (closer != '\0')
                {
                    open = k;
                }
            }
            else if (c == closer || (closer == '”' && c == '"') || (closer == '"' && c == '”'))
            {
                f.Quotes.Add((open, k + 1));
                open = -1;
            }

            k = NextMark(text, k, QuoteMarks);
        }

        // An unmatched mark quotes nothing: treating the rest of the post as quoted would hide a real threat.
    }

    private static bool InQuote(HarmFeatures f, int position)
    {
        foreach ((int start, int end) in f.Quotes)
        {
            if (position > start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    private static void Tokenize(string text, HarmFeatures f)
    {
        FindQuotes(text, f);
        CharGramCache cache = t_charGrams ??= new CharGramCache();
        char[] folded = f.Folded;

        // ASCII folds to its lower case, which Ascii.ToLower does a vector at a time; it stops at the first other
        // character, which the table folds, and so on. Most posts are ASCII throughout: one call.
        for (int k = 0; k < text.Length; k++)
        {
            System.Text.Ascii.ToLower(text.AsSpan(k), folded.AsSpan(k), out int written);
            k += written;
            if (k < text.Length)
            {
                folded[k] = TextFolding.FoldFast(text[k]);
            }
        }

        int i = 0;
        int clause = 0;
        bool clauseHasTokens = false;
        while (i < text.Length)
        {
            while (i < text.Length && (!TextFolding.IsTokenCharFast(folded[i]) || folded[i] == '\''))
            {
                if (clauseHasTokens && folded[i] is '.' or '!' or '?' or ';' or ',' or '\n' or ':')
                {
                    clause++;
                    clauseHasTokens = false;
                }

                i++;
            }

            int start = i;
            bool hasDigit = false;
            while (i < text.Length && TextFolding.IsTokenCharFast(folded[i]))
            {
                hasDigit |= char.IsAsciiDigit(folded[i]);
                i++;
            }

            int end = i;
            while (end > start && folded[end - 1] == '\'')
            {
                end--;
            }

            if (end <= start)
            {
                continue;
            }

            Span<char> token = folded.AsSpan(start, end - start);

            // De-leeting changes only tokens with a digit (the rest return from it unchanged): most tokens skip it. The
            // digit is noted while the token's end is found (a trailing apostrophe is no digit): a vectorized search
            // per token cost more in call overhead than the scan it saved.
            if (hasDigit)
            {
                TextFolding.DeleetInPlace(token);
            }

            bool numeric = true;
            uint h = 2166136261;
            ulong lexicon = HarmLexicon.HashStart;
            foreach (char c in token)
            {
                bool digit = char.IsAsciiDigit(c);
                numeric &= digit;

                // Digits hash as one shape so that "$50k" and "$20k" share features, as do phone-like runs.
                h = (h ^ (digit ? '0' : c)) * 16777619;
                lexicon = HarmLexicon.HashChar(lexicon, c);
            }

            uint hash = Finish(h);
            cache.Prefetch(hash, end - start);
            f.AddToken(start, end, hash, numeric, f.Quotes.Count > 0 && InQuote(f, start), clause, lexicon);
            clauseHasTokens = true;
        }
    }

    private static void AddWordFeatures(HarmFeatures f)
    {
        int n = f.TokenCount;
        if (n == 0)
        {
            return;
        }

        float scale = WordScale / MathF.Sqrt((2 * n) - 1);
        for (int t = 0; t < n; t++)
        {
            uint h = f.TokenHash[t];
            uint quoted = f.TokenQuoted[t] ? QuotedSeed : 0;
            f.Add(Index(WordSeed ^ quoted, h), scale);
            if (t > 0)
            {
                f.Add(Index(BigramSeed ^ quoted, (f.TokenHash[t - 1] * 0x01000193) ^ h), scale);
            }
        }
    }

    private static void AddCharFeatures(HarmFeatures f)
    {
        int first = f.Count;
        char[] folded = f.Folded;
        CharGramCache cache = t_charGrams ??= new CharGramCache();
        Span<char> word = stackalloc char[MaxTokenForCharGrams + 2];
        for (int t = 0; t < f.TokenCount; t++)
        {
            int start = f.TokenStart[t];
            int len = f.TokenEnd[t] - start;
            if (len > MaxTokenForCharGrams || len < 2)
            {
                continue;
            }

            // 3-grams, 4-grams and 5-grams of "<token>": (len) + (len - 1) + (len - 2).
            int grams = (3 * len) - 3;
            f.EnsureCapacity(f.Count + grams + Vector256<int>.Count);
            bool quoted = f.TokenQuoted[t];
            int slot = -1;
            if (!quoted && len <= CharGramCache.MaxLength)
            {
                slot = cache.SlotOf(f.TokenHash[t], len);
                if (cache.Matches(slot, f.TokenHash[t], folded.AsSpan(start, len)))
                {
                    cache.CopyGrams(slot, len, grams, f.Indices.AsSpan(f.Count));
                    f.Count += grams;
                    f.EndCharSegment(cache.StampOf(f.TokenHash[t], len));
                    continue;
                }
            }

            word[0] = '<';
            for (int k = 0; k < len; k++)
            {
                char c = folded[start + k];
                word[k + 1] = char.IsAsciiDigit(c) ? '0' : c;
            }

            word[len + 1] = '>';
            int wlen = len + 2;
            uint seed = quoted ? CharSeed ^ QuotedSeed : CharSeed;
            int[] indices = f.Indices;
            int at = f.Count;
            for (int n = 3; n <= 5; n++)
            {
                for (int p = 0; p + n <= wlen; p++)
                {
                    uint h = 2166136261 ^ (uint)n;
                    for (int k = p; k < p + n; k++)
                    {
                        h = (h ^ word[k]) * 16777619;
                    }

                    indices[at++] = Index(seed, Finish(h));
                }
            }

            long stamp = 0;
            if (slot >= 0)
            {
                cache.Store(slot, f.TokenHash[t], word.Slice(1, len), indices.AsSpan(f.Count, grams));
                stamp = cache.StampOf(f.TokenHash[t], len);
            }

            f.Count = at;
            f.EndCharSegment(stamp);
        }

        f.CharFirst = first;
        f.CharEnd = f.Count;
        int count = f.Count - first;
        if (count > 0)
        {
            float scale = CharScale / MathF.Sqrt(count);
            f.Values.AsSpan(first, count).Fill(scale);
        }
    }

    /// <summary>
    /// The character n-gram indices of recently seen words, per thread. Most words of a post ("the", "you", "casa")
    /// were seen in earlier posts, and copying their dozen indices is several times cheaper than hashing them again.
    /// Direct-mapped by the word's hash, with the word itself kept to confirm a hit; fixed arrays, so a miss
    /// overwrites a slot and allocates nothing.
    /// </summary>
    /// <remarks>
    /// The recognizers evict the cache between posts, so a lookup costs the load of its slot from far away, and the
    /// table's size decides how far. Two tiers by word length: words of up to 5 characters (most words) in slots of
    /// one aligned 64-byte cache line, longer ones in 160-byte slots; characters kept as 16-bit units, the hash's
    /// bits above the slot index and the length in one key. 0.9 MiB in all, against 1.5 MiB when every slot had
    /// room for a 12-character word and 4-byte characters.
    /// </remarks>
    private sealed class CharGramCache
    {
        public const int MaxLength = 12;
        private const int ShortLength = 5;

        // A slot (in ints): key, characters two to an int, then up to 3 * length - 3 indices.
        private const int ShortSlots = 4096;
        private const int ShortStride = 16;
        private const int ShortChars = 3;
        private const int LongSlots = 4096;
        private const int LongStride = 1 + (MaxLength / 2) + (3 * MaxLength) - 3;
        private const int LongChars = MaxLength / 2;
        private const int LongBase = ShortSlots * ShortStride;

        private static long s_lastStamp;
        private readonly long[] _stamps = new long[ShortSlots + LongSlots];

        // Pinned so that the short slots can start on a cache-line boundary (Offset skips to it).
        private readonly int[] _table;
        private readonly int _offset;
        private readonly nint _address;

        public CharGramCache()
        {
            const int LineInts = 16;
            // One vector of padding past the last slot: CopyGrams reads whole vectors.
            _table = GC.AllocateArray<int>(LongBase + (LongSlots * LongStride) + LineInts + Vector256<int>.Count, pinned: true);
            _address = System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(_table, 0);
            _offset = (int)(((64 - (_address & 63)) & 63) / sizeof(int));
        }

        /// <summary>Where <paramref name="hash"/>'s word of <paramref name="length"/> characters lives.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int SlotOf(uint hash, int length) => length <= ShortLength
            ? _offset + ((int)(hash & (ShortSlots - 1)) * ShortStride)
            : _offset + LongBase + ((int)(hash & (LongSlots - 1)) * LongStride);

        /// <summary>
        /// Starts loading the slot of a word that <see cref="AddCharFeatures"/> will look up: the slots of all the
        /// words of a post then arrive together instead of one cache miss after another.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public unsafe void Prefetch(uint hash, int length)
        {
            if (System.Runtime.Intrinsics.X86.Sse.IsSupported && length <= MaxLength)
            {
                System.Runtime.Intrinsics.X86.Sse.Prefetch0((byte*)_address + (SlotOf(hash, length) * sizeof(int)));
            }
        }

        // The slot's number among all slots, short ones first (SlotOf gives its offset in the table instead).
        private static int Ordinal(uint hash, int length) =>
            length <= ShortLength ? (int)(hash & (ShortSlots - 1)) : ShortSlots + (int)(hash & (LongSlots - 1));

        private static int Key(uint hash, int length) => (int)(hash & ~0xFFFu) | length;

        private static int CharsOf(int length) => length <= ShortLength ? ShortChars : LongChars;

        /// <summary>True when the slot holds <paramref name="token"/> (folded; digits compare as one shape).</summary>
        public bool Matches(int slot, uint hash, ReadOnlySpan<char> token)
        {
            if (_table[slot] != Key(hash, token.Length))
            {
                return false;
            }

            ReadOnlySpan<char> stored = System.Runtime.InteropServices.MemoryMarshal.Cast<int, char>(_table.AsSpan(slot + 1, CharsOf(token.Length)));
            for (int k = 0; k < token.Length; k++)
            {
                char c = token[k];
                if (stored[k] != (char.IsAsciiDigit(c) ? '0' : c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The cached indices of the slot's word.</summary>
        public ReadOnlySpan<int> Grams(int slot, int length, int count) => _table.AsSpan(slot + 1 + CharsOf(length), count);

        /// <summary>
        /// Copies the slot's <paramref name="count"/> indices a whole vector at a time: a word has 3 to 33, and a
        /// memmove call per word cost more than the copy. Reads and writes up to a vector past the end; the table is
        /// padded for it and <paramref name="destination"/> must have the room (the caller reserves it).
        /// </summary>
        public void CopyGrams(int slot, int length, int count, Span<int> destination)
        {
            int from = slot + 1 + CharsOf(length);
            if (destination.Length < count + Vector256<int>.Count || from + count + Vector256<int>.Count > _table.Length)
            {
                Grams(slot, length, count).CopyTo(destination);
                return;
            }

            ref int source = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(_table);
            ref int target = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination);
            for (int k = 0; k < count; k += Vector256<int>.Count)
            {
                Vector256.LoadUnsafe(ref source, (nuint)(from + k)).StoreUnsafe(ref target, (nuint)k);
            }
        }

        /// <summary>
        /// The stamp of what the slot of <paramref name="hash"/>'s word holds now. Every store takes a new stamp from
        /// one process-wide counter, so a stamp names one word's n-gram list for good, whichever thread stored it: the
        /// model keys its per-word row sums by it (<see cref="LinearHarmModel"/>).
        /// </summary>
        public long StampOf(uint hash, int length) => _stamps[Ordinal(hash, length)];

        public void Store(int slot, uint hash, ReadOnlySpan<char> shaped, ReadOnlySpan<int> grams)
        {
            _stamps[Ordinal(hash, shaped.Length)] = Interlocked.Increment(ref s_lastStamp);
            int chars = CharsOf(shaped.Length);
            _table[slot] = Key(hash, shaped.Length);
            shaped.CopyTo(System.Runtime.InteropServices.MemoryMarshal.Cast<int, char>(_table.AsSpan(slot + 1, chars)));
            grams.CopyTo(_table.AsSpan(slot + 1 + chars));
        }
    }

    private static void FindCues(string text, HarmFeatures f)
    {
        // Only the first mark of each kind counts, and most posts have few marks: jump from one to the next.
        for (int k = text.AsSpan().IndexOfAny(CueMarks); k >= 0; k = NextMark(text, k, CueMarks))
        {
            switch (text[k])
            {
                case '"' or '“' or '”' or '«' or '»':
                    f.MarkCue(HarmCue.Quotation, k, k + 1);
                    break;
                case '?' or '¿':
                    f.MarkCue(HarmCue.QuestionMark, k, k + 1);
                    break;
                case '!' or '¡':
                    f.MarkCue(HarmCue.Exclamation, k, k + 1);
                    break;
                default:
                    break;
            }
        }

        char[] folded = f.Folded;
        int lastNegation = -1, lastConditional = -1;
        for (int t = 0; t < f.TokenCount; t++)
        {
            // Asserted cues whose entry starts at this token, for the negation scope below.
            ulong started = 0;

            // The one-word hash was rolled while tokenizing; a longer phrase extends it over the next tokens.
            ulong hash = f.TokenLexiconHash[t];
            bool extends = true;
            for (int w = 0; w < HarmLexicon.MaxPhraseWords && t + w < f.TokenCount && extends; w++)
            {
                int e = f.TokenEnd[t + w];
                if (w > 0)
                {
                    hash = HarmLexicon.HashChar(hash, ' ');
                    for (int k = f.TokenStart[t + w]; k < e; k++)
                    {
                        hash = HarmLexicon.HashChar(hash, folded[k]);
                    }
                }

                int slot = HarmLexicon.FindSlot(hash);
                if (slot < 0)
                {
                    break;
                }

                extends = HarmLexicon.IsPrefix(slot);
                ulong mask = HarmLexicon.MaskAt(slot);
                if (mask == 0 || !PhraseEquals(HarmLexicon.EntryAt(slot)!, f, t, w))
                {
                    continue;
                }

                int spanStart = f.TokenStart[t];
                int spanEnd = e;
                if (f.TokenQuoted[t])
                {
                    f.QuotedCueMask |= mask;
                    continue;
                }

                if (w == 0 && (mask & (1UL << (int)HarmCue.Money)) != 0 && MoneyUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(folded.AsSpan(spanStart, e - spanStart)))
                {
                    // A money unit counts only after a number ("25 racks"), with the number in the quoted span.
                    mask &= ~(1UL << (int)HarmCue.Money);
                    if (t > 0 && IsNumberLike(f, t - 1))
                    {
                        f.MarkCue(HarmCue.Money, f.TokenStart[t - 1], e);
                        f.MoneySpans.Add((f.TokenStart[t - 1], e));
                    }
                }

                f.ClauseCues[f.TokenClause[t]] |= mask;
                started |= mask;
                ulong rest = mask;
                while (rest != 0)
                {
                    int cue = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    rest &= rest - 1;
                    f.MarkCue((HarmCue)cue, spanStart, spanEnd);
                    if ((HarmCue)cue == HarmCue.Money)
                    {
                        f.MoneySpans.Add((spanStart, spanEnd));
                    }
                }
            }

            if (!f.TokenQuoted[t])
            {
                FindCurrency(text, f, t);
            }

            if (started != 0)
            {
                MarkNegated(f, t, started, ref lastNegation, ref lastConditional);
            }
        }

        DeriveClauseCues(f);
    }

    // Tokens from a negation to the harm it negates: "no quiero al policía municipal Olvera muerto" spans six.
    private const int HarmNegationScope = 6;

    // A call is negated only right after the negation ("nobody go", "no vayan", "don't show up").
    private const int CallNegationScope = 2;

    private const ulong NegationBit = 1UL << (int)HarmCue.Negation;
    private const ulong ConditionalBit = 1UL << (int)HarmCue.ConditionalWord;
    private const ulong CallBit = 1UL << (int)HarmCue.CallToAction;
    private const ulong ScopedHarm = (1UL << (int)HarmCue.ViolenceWord) | (1UL << (int)HarmCue.WeaponWord);

    /// <summary>
    /// Marks <see cref="HarmCue.NegatedHarm"/> or <see cref="HarmCue.NegatedCall"/> when a harm or call word at token
    /// <paramref name="t"/> follows a negation closely in one clause. "If you don't pay I'll kill you" negates the
    /// condition, not the harm: a conditional before the negation in that clause leaves the harm asserted.
    /// </summary>
    private static void MarkNegated(HarmFeatures f, int t, ulong started, ref int lastNegation, ref int lastConditional)
    {
        if ((started & (ScopedHarm | CallBit)) != 0 && lastNegation >= 0)
        {
            int clause = f.TokenClause[t];
            int distance = t - lastNegation;
            bool negates = f.TokenClause[lastNegation] == clause
                && !(lastConditional >= 0 && lastConditional < lastNegation && f.TokenClause[lastConditional] == clause);
            if (negates && (started & ScopedHarm) != 0 && distance <= HarmNegationScope)
            {
                Derive(f, HarmCue.NegatedHarm, clause, f.TokenStart[lastNegation], f.TokenEnd[t]);
            }

            if (negates && (started & CallBit) != 0 && distance <= CallNegationScope)
            {
                Derive(f, HarmCue.NegatedCall, clause, f.TokenStart[lastNegation], f.TokenEnd[t]);
            }
        }

        if ((started & NegationBit) != 0)
        {
            lastNegation = t;
        }

        if ((started & ConditionalBit) != 0)
        {
            lastConditional = t;
        }
    }

    private static void Derive(HarmFeatures f, HarmCue cue, int clause, int start, int end)
    {
        f.MarkCue(cue, start, end);
        f.ClauseCues[clause] |= 1UL << (int)cue;
    }

    private const ulong LifeDetail = (1UL << (int)HarmCue.FamilyWord) | (1UL << (int)HarmCue.SchoolWord) | (1UL << (int)HarmCue.RoutineWord)
        | (1UL << (int)HarmCue.AddressWord) | (1UL << (int)HarmCue.VehicleWord) | (1UL << (int)HarmCue.WorkplaceWord);

    private const ulong Office = (1UL << (int)HarmCue.CivicAction) | (1UL << (int)HarmCue.BusinessWord);

    // "Meet at the CBP office tomorrow, bring bats" names an office and is no civic call.
    private const ulong OfficeHarm = (1UL << (int)HarmCue.ViolenceWord) | (1UL << (int)HarmCue.WeaponWord) | (1UL << (int)HarmCue.VeiledThreat);

    /// <summary>
    /// Cues that describe how other cues fall in one clause (see <see cref="HarmCue.YouAndYourLife"/> and the two
    /// calls): conjunctions of three or more cues, which the pairs cannot express and the trees' few leaves rarely reach.
    /// </summary>
    private static void DeriveClauseCues(HarmFeatures f)
    {
        if (!f.Has(HarmCue.CallToAction) && !f.Has(HarmCue.SecondPerson))
        {
            return;
        }

        int clauses = f.TokenCount == 0 ? 0 : f.TokenClause[f.TokenCount - 1] + 1;
        bool personalAnywhere = f.Has(HarmCue.PersonalTarget);
        bool ownDetails = f.Has(HarmCue.OwnDetails);
        bool harmAnywhere = (f.CueMask & OfficeHarm) != 0;
        for (int c = 0; c < clauses; c++)
        {
            ulong m = f.ClauseCues[c];
            ulong derived = 0;
            if ((m & (1UL << (int)HarmCue.SecondPerson)) != 0 && (m & LifeDetail) != 0)
            {
                derived |= 1UL << (int)HarmCue.YouAndYourLife;
            }

            if ((m & (1UL << (int)HarmCue.CallToAction)) != 0)
            {
                if ((m & Office) == 0 && ((m & (1UL << (int)HarmCue.PersonalTarget)) != 0
                    || ((m & (1UL << (int)HarmCue.ThirdPerson)) != 0 && (m & LifeDetail) != 0 && !ownDetails)))
                {
                    derived |= 1UL << (int)HarmCue.PersonalCall;
                }
                else if ((m & Office) != 0 && !personalAnywhere && !harmAnywhere)
                {
                    derived |= 1UL << (int)HarmCue.OfficeCall;
                }
            }

            if (derived != 0)
            {
                f.ClauseCues[c] = m | derived;
                ulong rest = derived;
                while (rest != 0)
                {
                    int cue = System.Numerics.BitOperations.TrailingZeroCount(rest);
                    rest &= rest - 1;

                    // A clause-level cue has no span of its own; evidence quotes the cues it is made of.
                    f.MarkCue((HarmCue)cue, -1, -1);
                }
            }
        }
    }

    private static readonly SearchValues<char> CueMarks = SearchValues.Create("\"“”«»?¿!¡");

    /// <summary>The position of the next of <paramref name="marks"/> after <paramref name="k"/>, or -1.</summary>
    private static int NextMark(string text, int k, SearchValues<char> marks)
    {
        int next = text.AsSpan(k + 1).IndexOfAny(marks);
        return next < 0 ? -1 : k + 1 + next;
    }

    /// <summary>True when tokens t..t+w of the post, joined by single spaces, spell <paramref name="entry"/>.</summary>
    private static bool PhraseEquals(string entry, HarmFeatures f, int t, int w)
    {
        ReadOnlySpan<char> rest = entry;
        for (int k = 0; k <= w; k++)
        {
            if (k > 0)
            {
                if (rest.Length == 0 || rest[0] != ' ')
                {
                    return false;
                }

                rest = rest[1..];
            }

            ReadOnlySpan<char> token = f.Folded.AsSpan(f.TokenStart[t + k], f.TokenEnd[t + k] - f.TokenStart[t + k]);
            if (!rest.StartsWith(token, StringComparison.Ordinal))
            {
                return false;
            }

            rest = rest[token.Length..];
        }

        return rest.Length == 0;
    }

    /// <summary>"$50k", "50k", "50.000$", "5m": amounts written with a currency sign or a thousands suffix.</summary>
    private static void FindCurrency(string text, HarmFeatures f, int t)
    {
        int s = f.TokenStart[t];
        int e = f.TokenEnd[t];
        if (!char.IsAsciiDigit(f.Folded[s]))
        {
            return;
        }

        bool signBefore = s > 0 && text[s - 1] is '$' or '€' or '£';
        bool signAfter = e < text.Length && text[e] is '$' or '€';
        char last = f.Folded[e - 1];
        bool suffix = !f.TokenNumeric[t] && e - s >= 2 && last is 'k' or 'm' && char.IsAsciiDigit(f.Folded[e - 2]);
        if (signBefore || signAfter || suffix)
        {
            int start = signBefore ? s - 1 : s;
            int end = signAfter ? e + 1 : e;

            // Extend over a following "k", "mil", "racks" so the quote reads as the poster wrote it.
            if (t + 1 < f.TokenCount && f.TokenStart[t + 1] - end <= 1
                && MoneyUnits.GetAlternateLookup<ReadOnlySpan<char>>().Contains(f.Folded.AsSpan(f.TokenStart[t + 1], f.TokenEnd[t + 1] - f.TokenStart[t + 1])))
            {
                end = f.TokenEnd[t + 1];
            }

            f.MarkCue(HarmCue.Money, start, end);
            f.MoneySpans.Add((start, end));
        }
    }

    private static bool IsNumberLike(HarmFeatures f, int t)
    {
        if (f.TokenNumeric[t])
        {
            return true;
        }

        int s = f.TokenStart[t];
        ReadOnlySpan<char> token = f.Folded.AsSpan(s, f.TokenEnd[t] - s);
        if (char.IsAsciiDigit(token[0]))
        {
            return true;
        }

        return NumberWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    private static void AddAtomFeatures(HarmFeatures f, IReadOnlyList<Entity> entities)
    {
        Span<int> atoms = stackalloc int[128];
        int n = 0;

        ulong cues = f.CueMask;
        while (cues != 0 && n < atoms.Length)
        {
            atoms[n++] = System.Numerics.BitOperations.TrailingZeroCount(cues);
            cues &= cues - 1;
        }

        ulong quotedOnly = f.QuotedCueMask & ~f.CueMask;
        while (quotedOnly != 0 && n < atoms.Length)
        {
            atoms[n++] = QuotedAtomBase + System.Numerics.BitOperations.TrailingZeroCount(quotedOnly);
            quotedOnly &= quotedOnly - 1;
        }

        uint types = f.EntityMask;
        while (types != 0 && n < atoms.Length)
        {
            atoms[n++] = EntityAtomBase + System.Numerics.BitOperations.TrailingZeroCount(types);
            types &= types - 1;
        }

        for (int a = 0; a < n; a++)
        {
            f.Add(Index(AtomSeed, (uint)atoms[a]), CueScale);
            for (int b = a + 1; b < n; b++)
            {
                f.Add(Index(PairSeed, (uint)((atoms[a] * 131) + atoms[b])), CueScale);
            }
        }

        // Cue pairs within one clause are stronger evidence than across the post: "call" and "his cell" in one clause
        // is a call to flood a phone; "call" in one sentence and a cell number in a quoted warning is not.
        foreach (ulong clauseMask in f.ClauseCues)
        {
            if (clauseMask == 0 || (clauseMask & (clauseMask - 1)) == 0)
            {
                continue;
            }

            ulong outer = clauseMask;
            while (outer != 0)
            {
                int a = System.Numerics.BitOperations.TrailingZeroCount(outer);
                outer &= outer - 1;
                ulong inner = outer;
                while (inner != 0)
                {
                    int b = System.Numerics.BitOperations.TrailingZeroCount(inner);
                    inner &= inner - 1;
                    f.Add(Index(ClauseSeed, (uint)((a * 131) + b)), CueScale);
                }
            }
        }

        // Several spans of one type ("two phones", "address and a second address") read as a dossier.
        Span<int> perType = stackalloc int[32];
        for (int entityIndex = 0; entityIndex < entities.Count; entityIndex++)
        {
            Entity entity = entities[entityIndex];
            perType[(int)entity.Type]++;
        }

        for (int type = 0; type < perType.Length; type++)
        {
            if (perType[type] >= 2)
            {
                f.Add(Index(AtomSeed, (uint)(1000 + type)), 1f);
            }
        }

        if (n >= 6)
        {
            f.Add(Index(AtomSeed, 2000), 1f);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(uint seed, uint h) => (int)(Finish(h ^ seed) & Mask);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Finish(uint h)
    {
        h ^= h >> 16;
        h *= 0x7FEB352D;
        h ^= h >> 15;
        h *= 0x846CA68B;
        h ^= h >> 16;
        return h;
    }
}
