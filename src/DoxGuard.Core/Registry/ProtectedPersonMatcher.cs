using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Lexicons;
using DoxGuard.Recognizers.Names;

namespace DoxGuard.Registry;

/// <summary>
/// Matches a post against the registry in memory. Besides the recognizers' entities it scans the normalized text
/// itself (house number + street words, digit runs, short letter-digit runs, name pairs, emails), because a
/// protected person's details must be recognised even when disclosed partly or in a form no recognizer accepts.
/// Every candidate is canonicalized exactly as at import (<see cref="DetailCanonicalizer"/>, <see cref="AddressKeys"/>)
/// and looked up by keyed hash; nothing is ever compared in plain text.
/// </summary>
internal sealed class ProtectedPersonMatcher : IProtectedPersonMatcher, IDisposable
{
    /// <summary>Name under which direct-scan entities are reported.</summary>
    public const string RecognizerName = "ProtectedRegistry";

    private const double DirectScore = 0.97;

    // Shared and never added to: most posts reject no address.
    private static readonly List<(int Start, int End)> NoSpans = [];
    private const int MaxPlateTokens = 8;
    private const int MaxPhoneTokens = 12;

    private readonly RegistryIndex _index;
    private readonly RegistryPrefilter? _prefilter;
    private readonly KeyedHasher _hasher;
    // Tells this matcher's per-thread record-id caches (PostScan.Ids) from another matcher's without a reference to it.
    private static int s_instances;
    private readonly int _instance = Interlocked.Increment(ref s_instances);

    public ProtectedPersonMatcher(RegistryIndex index, RegistryPrefilter? prefilter, KeyedHasher hasher)
    {
        _index = index;
        _prefilter = prefilter;
        _hasher = hasher;
    }

    /// <summary>Number of records loaded.</summary>
    public int RecordCount => _index.RecordIds.Count;

    /// <summary>The prefilter, for measuring its size and pass rate; null for a registry stored without tags.</summary>
    internal RegistryPrefilter? Prefilter => _prefilter;

    public IReadOnlyList<Entity> Annotate(AnalysisContext context, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(entities);
        if (_index.Count == 0)
        {
            return entities;
        }

        // The engine's traits of the text already say whether it has a digit or an '@'; whether a token scan could
        // find anything is decided once here and handed to the scan, which asked it a second time.
        TextTraits traits = context.Traits;
        bool needsTokens = TextTokens.NeedsTokens(context.Text, traits);

        // Most posts: no entity to look up, no '@', nothing a token scan could find. Return before allocating.
        if (entities.Count == 0 && !traits.HasAt && !needsTokens)
        {
            return entities;
        }

        PostScan scan = PostScan.ForThread(this, context.Text, traits.HasAt, needsTokens);
        try
        {
            return AnnotateScanned(context, entities, scan);
        }
        finally
        {
            scan.Release();
        }
    }

    private static IReadOnlyList<Entity> AnnotateScanned(AnalysisContext context, IReadOnlyList<Entity> entities, PostScan scan)
    {
        scan.Run();
        List<Hit> found = scan.Hits;
        if (found.Count == 0 && entities.Count == 0)
        {
            return entities;
        }

        List<(int Start, int End)> rejected = scan.RejectedAddresses.Count == 0 ? NoSpans : new(scan.RejectedAddresses.Count);
        foreach ((int s, int e) in scan.RejectedAddresses)
        {
            rejected.Add(context.Normalized.ToOriginal(s, e));
        }

        if (found.Count == 0)
        {
            return MarkEntities(context, entities, rejected, scan);
        }

        var result = new List<Entity>(entities.Count + found.Count);
        result.AddRange(entities);
        List<(int Start, int End)> covered = scan.Covered;
        bool changed = false;
        bool added = false;
        foreach (Hit hit in found)
        {
            (int start, int end) = context.Normalized.ToOriginal(hit.Start, hit.End);
            covered.Add((start, end));
            bool sameType = false;
            for (int i = 0; i < result.Count; i++)
            {
                Entity entity = result[i];
                if (entity.Type == hit.Type && entity.Start < end && start < entity.End)
                {
                    sameType = true;
                    if (entity.ProtectedRecordId is null)
                    {
                        result[i] = entity with { ProtectedRecordId = hit.RecordId };
                        changed = true;
                    }
                }
            }

            if (!sameType)
            {
                result.Add(new Entity(hit.Type, start, end, DirectScore, RecognizerName, hit.Explanation) { ProtectedRecordId = hit.RecordId });
                added = true;
            }
        }

        // What the recognizers normalized better than the scan can read (a phone in a national format, a name in
        // lower case) is looked up from the entity's own value; spans the scan already decided are not read twice.
        for (int i = 0; i < entities.Count; i++)
        {
            Entity entity = result[i];
            if (entity.ProtectedRecordId is not null || Overlaps(covered, entity)
                || (entity.Type == EntityType.StreetAddress && Overlaps(rejected, entity)))
            {
                continue;
            }

            if (MatchEntity(context, entity, scan) is { } id)
            {
                result[i] = entity with { ProtectedRecordId = id };
                changed = true;
            }
        }

        if (added)
        {
            return EntityMerger.Merge(result);
        }

        return changed ? result : entities;
    }

    /// <summary>
    /// The common case, nothing found by the scan: only the recognizers' entities are looked up, and the list is
    /// copied only when one of them matches.
    /// </summary>
    private static IReadOnlyList<Entity> MarkEntities(AnalysisContext context, IReadOnlyList<Entity> entities, List<(int Start, int End)> rejected, PostScan scan)
    {
        List<Entity>? marked = null;
        for (int i = 0; i < entities.Count; i++)
        {
            Entity entity = entities[i];
            if (entity.ProtectedRecordId is not null || (entity.Type == EntityType.StreetAddress && Overlaps(rejected, entity)))
            {
                continue;
            }

            if (MatchEntity(context, entity, scan) is { } id)
            {
                marked ??= [.. entities];
                marked[i] = entity with { ProtectedRecordId = id };
            }
        }

        return marked ?? entities;
    }

    // A loop, not List.Exists: its lambda captured the entity, one closure and one delegate per call.
    private static bool Overlaps(List<(int Start, int End)> spans, Entity entity)
    {
        foreach ((int start, int end) in spans)
        {
            if (start < entity.End && entity.Start < end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Looks up an entity's own canonical value.</summary>
    private static string? MatchEntity(AnalysisContext context, Entity entity, PostScan scan)
    {
        switch (entity.Type)
        {
            case EntityType.PhoneNumber when entity.Normalized is { Length: > 1 } e164 && e164[0] == '+':
                return scan.Lookup(DetailKind.Phone, e164);
            case EntityType.EmailAddress when DetailCanonicalizer.TryEmail(entity.Normalized ?? Text(context, entity), out string email):
                return scan.Lookup(DetailKind.Email, email);
            case EntityType.LicensePlate when DetailCanonicalizer.TryPlate(entity.Normalized ?? Text(context, entity), out string plate):
                return scan.Lookup(DetailKind.Plate, plate);
            case EntityType.Person when !scan.NameRuledOut(context, entity) && scan.PersonMayBeRegistered(context.Original.AsSpan(entity.Start, entity.End - entity.Start))
                && DetailCanonicalizer.NameKey(Text(context, entity)) is { } name:
                return scan.Lookup(DetailKind.Name, name);
            default:
                return null;
        }

        static string Text(AnalysisContext context, Entity entity) => context.Original[entity.Start..entity.End];
    }

    private static List<int> Require(PostScan scan, List<int> candidates, string core, string? value, DetailKind present, DetailKind absent)
    {
        if (value is null || candidates.Count == 0)
        {
            return candidates;
        }

        List<int> withPart = scan.Scratch(0);
        scan.QueryQualifier(present, core, value, withPart);
        if (CountIn(candidates, withPart) == candidates.Count)
        {
            return candidates; // every candidate has this very part: no need to ask which ones lack it
        }

        List<int> withoutPart = scan.Scratch(1);
        scan.QueryQualifier(absent, core, null, withoutPart);
        KeepIn(candidates, withPart, withoutPart);
        return candidates;
    }

    // The candidate sets are filtered in place, in lists reused from post to post: only their members matter (the
    // lowest number decides), and List.FindAll with a captured lambda allocated two lists and a closure per qualifier.
    private static int CountIn(List<int> candidates, List<int> set)
    {
        int count = 0;
        foreach (int candidate in candidates)
        {
            count += set.Contains(candidate) ? 1 : 0;
        }

        return count;
    }

    /// <summary>Keeps the candidates that are in <paramref name="set"/> or in <paramref name="orSet"/>.</summary>
    private static void KeepIn(List<int> candidates, List<int> set, List<int>? orSet)
    {
        int kept = 0;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (set.Contains(candidates[i]) || (orSet is not null && orSet.Contains(candidates[i])))
            {
                candidates[kept++] = candidates[i];
            }
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    /// <summary>
    /// A city followed by a state or ZIP is certain and must agree. Words after a comma or "in" may be a city or
    /// just words ("6120 Kilbourn Ave, tonight"): they confirm a match when they name the registered city, reject
    /// it when they name another known city, and are ignored otherwise.
    /// </summary>
    private static (List<int> Candidates, int CityWords) RequireCity(PostScan scan, List<int> candidates, AddressParts parts)
    {
        if (candidates.Count == 0)
        {
            return (candidates, 0);
        }

        string[] words = parts.City!.Split(' ');
        List<int> allowed = scan.Scratch(0);
        int matchedWords = 0;
        for (int n = 1; n <= words.Length; n++)
        {
            // Certain cities are the words just before the state ("downtown Chicago, IL"); tentative ones start
            // right after the street.
            string city = parts.CityTentative ? string.Join(' ', words[..n]) : string.Join(' ', words[^n..]);
            int before = allowed.Count;
            scan.QueryQualifier(DetailKind.AddressCity, parts.Core, city, allowed);
            if (allowed.Count > before)
            {
                matchedWords = n;
            }
        }

        if (CountIn(candidates, allowed) > 0)
        {
            KeepIn(candidates, allowed, null);
            return (candidates, matchedWords);
        }

        // Only a capitalised place name counts as "another city": many towns are named like words ("Call", TX).
        if (!parts.CityTentative || (parts.CityCapitalized && IsKnownCity(words)))
        {
            List<int> noCity = scan.Scratch(1);
            scan.QueryQualifier(DetailKind.AddressNoCity, parts.Core, null, noCity);
            KeepIn(candidates, noCity, null);
            return (candidates, 0);
        }

        return (candidates, 0);
    }

    private static bool IsKnownCity(string[] words)
    {
        for (int n = 1; n <= words.Length; n++)
        {
            if ((n > 1 || !NameGazetteer.Instance.IsCommonWord(words[0])) && StreetVocabulary.IsCity(string.Join(' ', words[..n])))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Hit(EntityType Type, int Start, int End, string RecordId, string Explanation);

    /// <summary>
    /// One post's direct scan. One per thread, reused from post to post with its lists and delegates (a matching
    /// post's allocations were most of its cost in the engine), and cleared after each post by <see cref="Release"/>,
    /// so no candidate, hit or record id outlives the post.
    /// </summary>
    private sealed class PostScan
    {
        [ThreadStatic]
        private static PostScan? t_scan;

        private readonly List<Hit> _hits = [];
        private readonly List<(int Start, int End)> _rejected = [];
        private readonly List<int>[] _scratch = [[], [], []];
        private ProtectedPersonMatcher _owner = null!;
        private string _text = null!;
        private TextTokens _tokens = null!;
        private AddressKeys.CoreFilter? _coreFilter;

        private PostScan() => Memo = CandidateMemo.ForThread();

        /// <summary>This thread's scan, ready for <paramref name="text"/>.</summary>
        public static PostScan ForThread(ProtectedPersonMatcher owner, string text, bool hasAt, bool needsTokens)
        {
            PostScan scan = t_scan ??= new PostScan();
            scan.Release();
            scan._owner = owner;
            scan._text = text;
            scan._hasAt = hasAt;
            scan._needsTokens = needsTokens;
            if (scan._idsOf != owner._instance)
            {
                // Another matcher's answers are not this one's (another registry, another key).
                scan._ids = null;
                scan._hashes = null;
                scan._idsOf = owner._instance;
            }

            return scan;
        }

        private bool _hasAt;
        private bool _needsTokens;

        /// <summary>The original spans the scan's hits cover, for <see cref="Annotate"/> (emptied by Release).</summary>
        public List<(int Start, int End)> Covered { get; } = [];

        /// <summary>Scratch list number <paramref name="n"/> (0-2), emptied: 2 holds an address's candidates, 0 and 1 the sets its parts allow.</summary>
        public List<int> Scratch(int n)
        {
            List<int> list = _scratch[n];
            list.Clear();
            return list;
        }

        /// <summary>Forgets this post: its text, candidates, hits and the matcher it was read for.</summary>
        public void Release()
        {
            Memo.Clear();
            _hits.Clear();
            _rejected.Clear();
            _namesRuledOut.Clear();
            Covered.Clear();
            _owner = null!;
            _text = null!;
            _tokens = null!;
        }

        /// <summary>
        /// The candidates this post has hashed: a post that names a detail twice, or whose street readings share a
        /// core, or whose recognizers found a detail the scan also read, pays the ~1 us HMAC once. Address cores and
        /// qualifiers are only hashed here (they need every record, not the first).
        /// </summary>
        public CandidateMemo Memo { get; }

        /// <summary>The registered details the scan found (emptied by Release).</summary>
        public List<Hit> Hits => _hits;

        /// <summary>Normalized spans of registered street cores whose other parts disagreed: look-alikes.</summary>
        public List<(int Start, int End)> RejectedAddresses => _rejected;

        // Emails, phones and plates are only collected as tags (their blocks prefetched) and tested after the
        // addresses and names: each prefilter test is a cache miss on the 16 MB filter (~0.5 us), and a post's misses
        // then overlap with each other and with the other readings instead of stalling one after another.
        private readonly List<Pending> _pending = [];

        // Plus: a phone written with its "+"; Unfiltered: an address core the filter could not be asked about.
        private readonly record struct Pending(DetailKind Kind, uint Tag, int A, int B, bool Plus, string? Email, bool Unfiltered = false);

        public void Run()
        {
            _pending.Clear();
            if (_hasAt)
            {
                Emails();
            }

            if (_needsTokens)
            {
                _tokens = TextTokens.ForThread(_text);
                if (_tokens.HasDigits)
                {
                    Phones();
                    Plates();
                    Addresses();
                }

                Names();
            }

            ResolvePending();
        }

        private void Defer(DetailKind kind, ReadOnlySpan<char> value, int a, int b, bool plus = false, string? email = null)
        {
            uint tag = 0;
            if (_owner._prefilter is { } prefilter)
            {
                tag = _owner._hasher.Tag(kind, value);
                prefilter.Prefetch(tag);
            }

            _pending.Add(new Pending(kind, tag, a, b, plus, email));
        }

        private void ResolvePending()
        {
            if (_pending.Count == 0)
            {
                return;
            }

            RegistryPrefilter? prefilter = _owner._prefilter;
            Span<char> buffer = stackalloc char[DetailCanonicalizer.MaxPhoneLength + 16];
            int addressRead = -1;
            foreach (Pending p in _pending)
            {
                if (prefilter is not null && !p.Unfiltered && !prefilter.MayContain(p.Tag))
                {
                    continue;
                }

                switch (p.Kind)
                {
                    case DetailKind.AddressCore when p.A != addressRead:
                        addressRead = p.A; // one reading of the house number decides all its cores, as before
                        AddressAt(p.A);
                        break;
                    case DetailKind.Email when Lookup(DetailKind.Email, p.Email!) is { } id:
                        _hits.Add(new Hit(EntityType.EmailAddress, p.A, p.B, id, "a protected person's registered email"));
                        break;
                    case DetailKind.Phone when PhoneAgain(p.A, p.B, p.Plus, buffer) is > 0 and int phone && Lookup(DetailKind.Phone, buffer[..phone]) is { } id:
                        int start = p.Plus ? _tokens[p.A].Start - 1 : _tokens[p.A].Start;
                        _hits.Add(new Hit(EntityType.PhoneNumber, start, _tokens[p.B].End, id, "a protected person's registered phone number"));
                        break;
                    case DetailKind.Plate when DetailCanonicalizer.PlateFromTokens(_tokens, p.A, p.B + 1, buffer) is > 0 and int length
                        && Lookup(DetailKind.Plate, buffer[..length]) is { } id:
                        _hits.Add(new Hit(EntityType.LicensePlate, _tokens[p.A].Start, _tokens[p.B].End, id, "a protected person's registered licence plate"));
                        break;
                }
            }

            _pending.Clear();
        }

        /// <summary>The length of the canonical phone of tokens <paramref name="a"/>..<paramref name="b"/>, rebuilt as <see cref="Phones"/> read it, or 0.</summary>
        private int PhoneAgain(int a, int b, bool plus, Span<char> into)
        {
            Span<char> joined = stackalloc char[16];
            int digits = 0;
            for (int t = a; t <= b; t++)
            {
                ReadOnlySpan<char> part = _tokens.Value(t);
                part.CopyTo(joined[digits..]);
                digits += part.Length;
            }

            return DetailCanonicalizer.PhoneFromDigits(joined[..digits], plus, into);
        }

        /// <summary>
        /// Adds the numbers of the records holding this canonical detail to <paramref name="into"/>; false when none
        /// does. The prefilter answers most candidates for ~0.1 us; only a tag it may hold (every registered one, about one
        /// in 120 others) pays the HMAC.
        /// </summary>
        public bool Query(DetailKind kind, ReadOnlySpan<char> value, List<int> into) =>
            MayHold(kind, value) && _owner._index.Query(HashOnce(kind, value), into);

        /// <summary>
        /// <see cref="Query"/> for a qualifier bound to its street core (<see cref="AddressKeys.QualifierValue"/>),
        /// the message written on the stack rather than as a string per qualifier.
        /// </summary>
        public bool QueryQualifier(DetailKind kind, string core, string? value, List<int> into)
        {
            const int MaxMessage = 160;
            if (value is null || core.Length + 1 + value.Length > MaxMessage)
            {
                return Query(kind, AddressKeys.QualifierValue(core, value), into);
            }

            Span<char> message = stackalloc char[MaxMessage];
            core.CopyTo(message);
            message[core.Length] = '\u001f';
            value.CopyTo(message[(core.Length + 1)..]);
            return Query(kind, message[..(core.Length + 1 + value.Length)], into);
        }

        /// <summary>False when the prefilter rules the detail out: then no record holds it and nothing is hashed.</summary>
        public bool MayHold(DetailKind kind, ReadOnlySpan<char> value) =>
            _owner._prefilter is not { } prefilter || prefilter.MayContain(_owner._hasher.Tag(kind, value));

        /// <summary>The keyed hash of a canonical detail, computed at most once per post.</summary>
        private UInt128 HashOnce(DetailKind kind, ReadOnlySpan<char> value)
        {
            int entry = Memo.Find(kind, value);
            if (entry >= 0)
            {
                return Memo.Hash(entry);
            }

            // Across posts, a candidate that passed the prefilter before is answered by its keyed SipHash (~0.03 us)
            // instead of a new HMAC.
            ulong sip = _owner._hasher.Sip(kind, value);
            KeyedHashCache hashes = _hashes ??= new KeyedHashCache();
            if (!hashes.TryGet(sip, kind, value.Length, out UInt128 hash))
            {
                hash = _owner._hasher.Hash(kind, value);
                hashes.Add(sip, kind, value.Length, hash);
            }

            Memo.Add(kind, value, hash);
            return hash;
        }

        /// <summary>The first record holding this canonical detail; each value is hashed once per post.</summary>
        public string? Lookup(DetailKind kind, ReadOnlySpan<char> value) =>
            MayHold(kind, value) ? LookupPassed(kind, value) : null;

        /// <summary><see cref="Lookup"/> for a candidate the prefilter has already passed.</summary>
        private string? LookupPassed(DetailKind kind, ReadOnlySpan<char> value) =>
            (_ids ??= new RecordIdCache()).IdOf(HashOnce(kind, value), _owner._index);

        // Which record holds a hash, remembered across posts for the matcher numbered _idsOf: held here rather than
        // in a ThreadLocal of the matcher, whose lookup was paid by every post with a candidate to look up. Only
        // hashes and ids are kept (RecordIdCache), never a post's text, and the matcher itself is not referenced.
        private RecordIdCache? _ids;
        private int _idsOf;

        // The HMACs of candidates that passed the prefilter, by their keyed SipHash, for the same matcher (_idsOf).
        private KeyedHashCache? _hashes;

        private void Emails()
        {
            int at = _text.IndexOf('@', StringComparison.Ordinal);
            while (at > 0)
            {
                int start = at;
                while (start > 0 && IsLocalChar(_text[start - 1]))
                {
                    start--;
                }

                int end = at + 1;
                while (end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '.' or '-'))
                {
                    end++;
                }

                while (end > at + 1 && _text[end - 1] is '.' or '-')
                {
                    end--;
                }

                // TryEmail needs a dot in the domain, not right after the '@': "name@host" and "me@.x" fail before
                // a string is made for them.
                if (start < at && _text.AsSpan(at, end - at).IndexOf('.') > 1 && DetailCanonicalizer.TryEmail(_text[start..end], out string email))
                {
                    Defer(DetailKind.Email, email, start, end, email: email);
                }

                at = _text.IndexOf('@', at + 1);
            }

            static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
        }

        private void Phones()
        {
            Span<char> joined = stackalloc char[16];
            Span<char> e164 = stackalloc char[DetailCanonicalizer.MaxPhoneLength];
            for (int i = 0; i < _tokens.Count; i++)
            {
                if (!_tokens[i].IsNumber)
                {
                    continue;
                }

                int runEnd = i + 1;
                while (runEnd < _tokens.Count && runEnd - i < MaxPhoneTokens && _tokens[runEnd].IsNumber && PhoneGap(_tokens.GapBefore(runEnd)))
                {
                    runEnd++;
                }

                for (int a = i; a < runEnd; a++)
                {
                    bool plus = _tokens.GapBefore(a).EndsWith("+");
                    int digits = 0;
                    for (int b = a; b < runEnd && digits <= 15; b++)
                    {
                        ReadOnlySpan<char> part = _tokens.Value(b);
                        if (digits + part.Length > joined.Length)
                        {
                            break; // longer than any phone number
                        }

                        part.CopyTo(joined[digits..]);
                        digits += part.Length;
                        if (digits < 8)
                        {
                            continue;
                        }

                        // Most digit runs are in no record: the prefilter answers from the span, and only a run that may
                        // be registered becomes a string.
                        int length = DetailCanonicalizer.PhoneFromDigits(joined[..digits], plus, e164);
                        if (length > 0)
                        {
                            Defer(DetailKind.Phone, e164[..length], a, b, plus);
                        }
                    }
                }

                i = runEnd - 1;
            }

            static bool PhoneGap(ReadOnlySpan<char> gap)
            {
                if (gap.Length > 3)
                {
                    return false;
                }

                foreach (char c in gap)
                {
                    if (c is not (' ' or '-' or '.' or '(' or ')' or '/' or '\u00A0'))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        private void Plates()
        {
            Span<char> plate = stackalloc char[8];
            int nextDigits = -1;
            for (int a = 0; a < _tokens.Count; a++)
            {
                // A plate has a digit within its first eight characters: find the next token with one, once.
                if (nextDigits < a)
                {
                    nextDigits = a;
                    while (nextDigits < _tokens.Count && _tokens[nextDigits].Digits == 0)
                    {
                        nextDigits++;
                    }
                }

                if (nextDigits == _tokens.Count)
                {
                    return;
                }

                if (_tokens[nextDigits].Start - _tokens[a].Start > 2 * 8)
                {
                    continue;
                }

                // A plate starts with digits or a short letter group ("DV 43317", "7ABC123"), never a long word.
                if (_tokens[a].IsSymbol || _tokens[a].Length > 8 || (_tokens[a].IsWord && _tokens[a].Length > 4))
                {
                    continue;
                }

                // Nor at a lower-case common word: "at 4pm", "is 9", "near 77" were nearly half of all plate candidates
                // (and prefilter misses) in posts that match nothing; a plate's letters are written as capitals. The
                // gazetteer is asked only once a candidate is complete: asked for every short word near a digit, it
                // cost as much as the lookups it saved.
                bool? lowerCommon = _tokens[a].IsWord ? null : false;

                bool letters = false;
                bool digits = false;
                int length = 0;
                for (int b = a; b < _tokens.Count && b - a < MaxPlateTokens; b++)
                {
                    length += _tokens[b].Length;
                    if (length > 8 || (b > a && (!_tokens.Adjacent(b) || _tokens.GapBefore(b).Contains('.'))))
                    {
                        break;
                    }

                    letters |= _tokens[b].Letters > 0;
                    digits |= _tokens[b].Digits > 0;

                    // Plates mix letters and digits; all-digit runs are phones and ZIPs, all-letter runs words.
                    if (!letters || !digits)
                    {
                        continue;
                    }

                    int plateLength = DetailCanonicalizer.PlateFromTokens(_tokens, a, b + 1, plate);
                    if (plateLength == 0)
                    {
                        break;
                    }

                    if (lowerCommon ??= IsLowerCommonWord(a))
                    {
                        break;
                    }

                    Defer(DetailKind.Plate, plate[..plateLength], a, b);
                }
            }
        }

        private bool IsLowerCommonWord(int index)
        {
            ReadOnlySpan<char> word = _tokens.Value(index);
            return !word.ContainsAnyInRange('A', 'Z') && NameGazetteer.Instance.IsCommonWord(word);
        }

        // A house number's street readings are read twice only when one of their cores may be registered: the first
        // reading only collects the cores' tags (prefetching their filter blocks), and the prefilter tests them in
        // ResolvePending, after the other readings; nearly every house number in a post is on no registered street.
        private void Addresses()
        {
            for (int i = 0; i < _tokens.Count - 1; i++)
            {
                if (!AddressKeys.IsHouseNumber(_tokens, i))
                {
                    continue;
                }

                _deferFrom = i;
                if (AddressKeys.StreetParses(_tokens, i, _deferCore ??= DeferCore).Count > 0)
                {
                    // a core too long for the filter's buffer: never filtered, always read
                    _pending.Add(new Pending(DetailKind.AddressCore, 0, i, i, Plus: false, Email: null, Unfiltered: true));
                }
            }
        }

        private int _deferFrom;
        private AddressKeys.CoreFilter? _deferCore;

        private bool DeferCore(ReadOnlySpan<char> core)
        {
            Defer(DetailKind.AddressCore, core, _deferFrom, _deferFrom);
            return false;
        }

        private void AddressAt(int i)
        {
            foreach (AddressKeys.StreetParse street in AddressKeys.StreetParses(_tokens, i, _coreFilter ??= core => MayHold(DetailKind.AddressCore, core)))
            {
                List<int> candidates = Scratch(2);
                if (!Query(DetailKind.AddressCore, street.Core, candidates))
                {
                    continue;
                }

                // The longest reading that names a registered street decides: its qualifiers must agree.
                AddressParts parts = AddressKeys.Qualify(_tokens, i, street, strictCase: true);
                int end = parts.EndToken;
                candidates = Require(this, candidates, parts.Core, parts.Directional, DetailKind.AddressDirectional, DetailKind.AddressNoDirectional);
                candidates = Require(this, candidates, parts.Core, parts.Suffix, DetailKind.AddressSuffix, DetailKind.AddressNoSuffix);
                candidates = Require(this, candidates, parts.Core, parts.Unit, DetailKind.AddressUnit, DetailKind.AddressNoUnit);
                candidates = Require(this, candidates, parts.Core, parts.State, DetailKind.AddressState, DetailKind.AddressNoState);
                candidates = Require(this, candidates, parts.Core, parts.Zip, DetailKind.AddressZip, DetailKind.AddressNoZip);
                if (parts.City is not null)
                {
                    (candidates, int cityWords) = RequireCity(this, candidates, parts);
                    if (parts.CityTentative && cityWords > 0)
                    {
                        end = Math.Max(end, CityEndToken(parts, cityWords));
                    }
                }

                if (candidates.Count > 0)
                {
                    string id = _owner._index.RecordIds[candidates.Min()];
                    _hits.Add(new Hit(EntityType.StreetAddress, _tokens[i].Start, _tokens[end - 1].End, id, "a protected person's registered home address"));
                }
                else
                {
                    _rejected.Add((_tokens[i].Start, _tokens[end - 1].End));
                }

                break;
            }
        }

        private int CityEndToken(AddressParts parts, int cityWords)
        {
            // The city words are the first word tokens after the street and unit.
            int seen = 0;
            for (int q = parts.EndToken; q < _tokens.Count; q++)
            {
                if (_tokens[q].IsWord && !_tokens.Value(q).Equals("in", StringComparison.OrdinalIgnoreCase) && ++seen == cityWords)
                {
                    return q + 1;
                }
            }

            return parts.EndToken;
        }

        private void Names()
        {
            Span<char> key = stackalloc char[MaxNameKey];
            bool upper = _text.AsSpan().IndexOfAnyInRange('A', 'Z') >= 0;
            bool lower = _text.AsSpan().IndexOfAnyInRange('a', 'z') >= 0;

            // In a post written in mixed case names are capitalised; in one written all in one case any word may be.
            bool needCapitals = upper && lower;
            for (int i = 0; i < _tokens.Count - 1; i++)
            {
                if (!IsNameWord(i, needCapitals))
                {
                    continue;
                }

                int j = i + 1;
                if (j + 1 < _tokens.Count && _tokens[j].IsWord && _tokens[j].Length == 1 && _tokens.Adjacent(j) && _tokens.Adjacent(j + 1))
                {
                    j++; // a middle initial: "Daniel J. Kwiatkowski"
                }

                if (!IsNameWord(j, needCapitals))
                {
                    continue;
                }

                ReadOnlySpan<char> gap = _tokens.GapBefore(j);
                bool reversed = gap.Contains(',');
                if (!_tokens.Adjacent(j, allowComma: true) || (j > i + 1 && reversed))
                {
                    continue;
                }

                // Registered names and relatives start with a given name: only such pairs are worth a keyed hash.
                if (!IsGivenName(_tokens.Value(reversed ? j : i)))
                {
                    continue;
                }

                // Both tokens are all letters, so the key NamePairKey builds on the stack is the one NameKey would build
                // from their strings; only an unusual pair (an initial or a multi-word given name) takes NameKey's path.
                ReadOnlySpan<char> given = _tokens.Value(reversed ? j : i);
                ReadOnlySpan<char> surname = _tokens.Value(reversed ? i : j);
                int keyLength = NamePairKey(given, surname, key);
                string? id;
                if (keyLength > 0)
                {
                    if (!MayHold(DetailKind.Name, key[..keyLength]))
                    {
                        if (!reversed)
                        {
                            _namesRuledOut.Add((_tokens[i].Start, _tokens[j].End));
                        }

                        continue;
                    }

                    id = LookupPassed(DetailKind.Name, key[..keyLength]);
                }
                else
                {
                    id = DetailCanonicalizer.NameKey(string.Concat(given, " ", surname)) is { } name ? Lookup(DetailKind.Name, name) : null;
                }

                if (id is not null)
                {
                    _hits.Add(new Hit(EntityType.Person, _tokens[i].Start, _tokens[j].End, id, "a protected person's or relative's name"));
                }
            }
        }

        // Spans of "Given [I.] Surname" pairs whose key the prefilter ruled out, for NameRuledOut (emptied by Release).
        private readonly List<(int Start, int End)> _namesRuledOut = [];

        /// <summary>
        /// True when the scan already read this PERSON entity as a name pair and the prefilter ruled its key out: the
        /// recognizer's entity spans exactly the pair's words in the unchanged text, so <see cref="PersonMayBeRegistered"/>
        /// would build the same key from its first and last words and get the same answer. Most PERSON entities are
        /// such pairs; their second reading was most of <see cref="MatchEntity"/>'s cost.
        /// </summary>
        public bool NameRuledOut(AnalysisContext context, Entity entity)
        {
            // Only where the entity's offsets are the scan's: the normalizer changed nothing.
            if (_namesRuledOut.Count == 0 || !ReferenceEquals(context.Original, context.Text))
            {
                return false;
            }

            foreach ((int start, int end) in _namesRuledOut)
            {
                if (start == entity.Start && end == entity.End)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The prefilter's verdict on a recognizer's PERSON span, from its first and last words of two or more
        /// letters as <see cref="DetailCanonicalizer.NameKey"/> takes them; spans it would read differently (an
        /// apostrophe, a leading initial) are left to it (true).
        /// </summary>
        public bool PersonMayBeRegistered(ReadOnlySpan<char> text)
        {
            if (text.IndexOfAny('\'', '\u2019', '\u02BC') >= 0)
            {
                return true;
            }

            int firstStart = -1, firstEnd = -1, lastStart = -1, lastEnd = -1;
            for (int at = 0; at < text.Length;)
            {
                if (!char.IsLetterOrDigit(text[at]))
                {
                    at++;
                    continue;
                }

                int start = at;
                while (at < text.Length && char.IsLetterOrDigit(text[at]))
                {
                    at++;
                }

                if (firstStart < 0)
                {
                    if (at - start < 2)
                    {
                        return true; // a leading initial: NameKey resolves nicknames on it, not on the next word
                    }

                    (firstStart, firstEnd) = (start, at);
                }
                else if (at - start >= 2)
                {
                    (lastStart, lastEnd) = (start, at);
                }
            }

            return lastStart < 0 || NamePairMayBeRegistered(text[firstStart..firstEnd], text[lastStart..lastEnd]);
        }

        /// <summary>
        /// The prefilter's verdict on a pair of word tokens, from the same key <see cref="DetailCanonicalizer.NameKey"/>
        /// builds (folded, nickname resolved) but without its strings; anything unusual is left to it (true).
        /// </summary>
        public bool NamePairMayBeRegistered(ReadOnlySpan<char> first, ReadOnlySpan<char> last)
        {
            Span<char> key = stackalloc char[MaxNameKey];
            int length = NamePairKey(first, last, key);
            return length == 0 || MayHold(DetailKind.Name, key[..length]);
        }

        private const int MaxNameKey = 96;

        /// <summary>
        /// The key <see cref="DetailCanonicalizer.NameKey"/> builds (folded, nickname resolved) from two words of
        /// letters, written into <paramref name="key"/> without its strings; 0 for anything unusual, left to it.
        /// </summary>
        private static int NamePairKey(ReadOnlySpan<char> first, ReadOnlySpan<char> last, Span<char> key)
        {
            if (first.Length + last.Length >= MaxNameKey)
            {
                return 0;
            }

            TextFold.Fold(first, key);
            ReadOnlySpan<char> given = key[..first.Length];
            if (NameNormalizer.CanonicalGivenName(given) is { } canonical)
            {
                if (canonical.Length + 1 + last.Length > MaxNameKey)
                {
                    return 0;
                }

                canonical.CopyTo(key);
                given = key[..canonical.Length];
            }

            int length = given.Length;
            key[length++] = ' ';
            TextFold.Fold(last, key[length..]);
            length += last.Length;
            if (given.Length < 2 || key[..length].Count(' ') != 1)
            {
                return 0; // an initial or a multi-word given name: NameKey drops or splits words
            }

            return length;
        }

        private static bool IsGivenName(ReadOnlySpan<char> word)
        {
            if (word.Length > 32)
            {
                return false;
            }

            Span<char> folded = stackalloc char[word.Length];
            TextFold.Fold(word, folded);
            return NameGazetteer.Instance.FirstNameWeight(folded) > 0 || NameGazetteer.Instance.CanonicalOfNickname(folded) is not null;
        }

        private bool IsNameWord(int index, bool needCapitals)
        {
            TextToken token = _tokens[index];
            if (!token.IsWord || token.Length < 2 || (needCapitals && !char.IsUpper(_text[token.Start])))
            {
                return false;
            }

            return needCapitals || !NameGazetteer.Instance.IsCommonWord(_tokens.Value(index));
        }
    }

    public void Dispose()
    {
        _hasher.Dispose();
    }
}
