using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Lexicons;
using DoxGuard.Normalization;

namespace DoxGuard.Recognizers.Names;

/// <summary>
/// Finds people's names (PERSON) from the name gazetteer and the evidence around a name: titles and role words
/// ("Officer", "Sgt.", "jueza"), name cues ("his name is", "se llama"), capitalisation, known given names followed
/// by a surname, nicknames and Spanish compound surnames ("Pérez de la Cruz").
/// </summary>
/// <remarks>
/// One pass over the tokens with lookups by span, no backtracking: every candidate consumes at most
/// <see cref="MaxNameTokens"/> words and the scan never revisits them, so even 64 KiB of capitalised words or
/// "Mr. Mr. Mr." runs in linear time. A given name that is also a frequent word ("Will", "Grace", "Mark") is a
/// name only with a surname, a title or a cue after or before it. A surname alone ("Trump Tower", "Smith said")
/// is not reported without a title or cue: a bare surname rarely identifies anyone, and names of buildings,
/// brands and places are built from surnames. Public figures are people too ("Joe Biden said" is PERSON).
/// </remarks>
internal sealed class PersonRecognizer : EntityRecognizer
{
    private const int MaxNameTokens = 5;
    private const int MaxFoldedLength = 48;

    // Titles and role words that introduce a name; keys folded (accents removed), compared case-insensitively.
    private static readonly string[] Titles =
    [
        "officer", "agent", "sgt", "sergeant", "det", "detective", "judge", "justice", "deputy", "lt", "lieutenant",
        "capt", "captain", "sheriff", "trooper", "cpl", "corporal", "dr", "doctor", "mr", "mrs", "ms", "mx", "miss",
        "rep", "sen", "senator", "congressman", "congresswoman", "councilman", "councilwoman", "councilmember",
        "gov", "governor", "mayor", "prof", "professor", "rev", "reverend", "pastor", "inspector", "constable",
        "commissioner", "chief", "president", "sr", "sra", "srta", "dona", "lic", "licenciado", "licenciada",
        "juez", "jueza", "agente", "oficial", "policia", "comandante", "sargento", "teniente", "capitan", "cabo",
        "fiscal", "magistrado", "magistrada", "senor", "senora", "senorita", "dra", "ing", "alcalde", "alcaldesa",
        "diputado", "diputada", "senador", "senadora", "gobernador", "gobernadora", "profesor", "profesora",
        "doctora", "presidente", "presidenta",
    ];

    // Abbreviated honorifics are used only before a name, so an unknown capitalised word after them is a name;
    // role words ("Chief", "Justice", "Agent") are also ordinary nouns and need a known name after them.
    private static readonly string[] Honorifics =
    [
        "mr", "mrs", "ms", "mx", "dr", "sgt", "det", "lt", "capt", "cpl", "rep", "sen", "gov", "prof", "rev", "sr",
        "sra", "srta", "dona", "don", "lic", "dra", "ing", "officer", "detective", "sergeant", "trooper", "sheriff",
        "deputy", "judge", "senator", "juez", "jueza", "agente", "oficial", "senor", "senora", "senorita",
    ];

    // Words after a capitalised run that make it a place, building or organisation ("Lincoln Ave", "Chase Bank",
    // "Trump Tower", "George Washington University"): the address or nothing wins over PERSON.
    private static readonly string[] PlaceSuffixes =
    [
        "street", "st", "avenue", "ave", "av", "road", "rd", "boulevard", "blvd", "drive", "lane", "ln", "way",
        "court", "ct", "place", "pl", "terrace", "ter", "circle", "cir", "parkway", "pkwy", "highway", "hwy",
        "square", "sq", "plaza", "park", "bank", "tower", "towers", "university", "college", "school", "academy",
        "hospital", "clinic", "center", "centre", "county", "city", "airport", "station", "church", "chapel", "hall",
        "bridge", "building", "hotel", "motel", "museum", "foundation", "institute", "library", "stadium", "arena",
        "mall", "inc", "llc", "corp", "corporation", "company", "co", "group", "shoes", "airlines", "act", "award",
        "prize", "law", "syndrome", "disease", "island", "beach", "river", "lake", "mountain", "valley", "falls",
        "heights", "hills", "village", "memorial", "cemetery", "elementary", "middle", "high", "state", "fc",
        "records", "studios", "productions", "calle", "avenida", "colonia", "parque", "escuela", "universidad",
        "barrio", "fraccionamiento", "carretera", "camino", "hole", "springs", "harbor", "bay", "point", "creek",
        "ridge", "grove", "canyon", "forest", "power", "energy", "electric", "insurance", "motors", "pharmacy",
        "league", "book", "books", "benz", "cola", "burger", "brothers", "bros", "news", "times", "post", "journal",
        "magazine", "press", "network", "channel", "show", "awards", "festival", "cup", "bowl", "day", "night",
        "house", "opera", "pipeline", "theater", "theatre", "cinema", "cinemas", "whiskey", "eve",
    ];

    // Capitalised words that may stand right before a lone given name ("Hi Jennifer", "Tell Andrew"); any other
    // capitalised word there makes the pair a proper noun of its own ("Christmas Eve", "Microsoft Teams").
    private static readonly string[] Openers =
    [
        "hi", "hey", "hello", "dear", "thanks", "thank", "congrats", "congratulations", "welcome", "bye", "love",
        "miss", "ask", "tell", "call", "text", "message", "email", "meet", "cc", "ping", "sorry", "yo", "and", "or",
        "hola", "gracias", "querido", "querida", "estimado", "estimada", "felicidades", "pregunta", "dile", "llama",
        "y", "o", "con", "para",
    ];

    // Prepositions and verbs of place before a lone city-like name ("in Austin", "moved to Dallas").
    private static readonly string[] Locatives =
    [
        "in", "at", "near", "from", "around", "outside", "visit", "visiting", "visited", "en", "cerca", "desde",
    ];

    private static readonly string[] MotionVerbs =
    [
        "moved", "move", "moving", "going", "go", "went", "drive", "drove", "driving", "fly", "flew", "flying",
        "trip", "road", "back", "relocated", "headed", "heading",
    ];

    // Words before a capitalised run that make it a place ("San Antonio", "Fort Worth", "St. Louis").
    private static readonly string[] PlacePrefixes =
    [
        "st", "saint", "san", "santa", "santo", "fort", "ft", "mount", "mt", "lake", "port", "cape", "new",
        "university", "calle", "avenida", "av", "colonia", "hurricane", "storm", "tropical", "typhoon", "ciudad",
        "hotel", "restaurante", "bar", "club",
    ];

    // States and countries stop a name run: "Austin Texas" and "Georgia Florida" are places.
    private static readonly string[] PlaceNames =
    [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia",
        "washington", "wisconsin", "wyoming", "mexico", "canada", "spain", "espana", "colombia", "argentina", "chile",
        "peru", "venezuela", "cuba", "guatemala", "honduras", "salvador", "nicaragua", "panama", "ecuador",
        "bolivia", "paraguay", "uruguay", "england", "france", "germany", "italy", "china", "japan", "india",
        "russia", "ukraine", "israel", "brazil", "usa", "us", "uk",
    ];

    // Lower-case words that join the parts of a name ("Pérez de la Cruz", "Ortega y Gasset", "van der Berg").
    private static readonly string[] Particles =
    [
        "de", "del", "la", "las", "los", "y", "van", "von", "der", "den", "da", "di", "du", "le", "bin", "ibn",
    ];

    // Articles never start a name ("El Real Madrid") and make a lone name a modifier ("the Jackson Five").
    private static readonly string[] Articles =
    [
        "the", "a", "an", "el", "la", "los", "las", "un", "una", "lo",
    ];

    private static readonly string[] Suffixes =
    [
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq",
    ];

    // Every list above in one table, so that a token's classes cost one lookup, done once per token. Words of up to
    // eight letters (nearly all) sit in a packed table the folded token is looked up in without hashing a string.
    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses();

    private static readonly PackedWordTable ShortClasses = BuildShortClasses();

    [Flags]
    private enum WordClass : ushort
    {
        None = 0,
        Titles = 1,
        Honorifics = 2,
        PlaceSuffixes = 4,
        Locatives = 8,
        MotionVerbs = 16,
        PlacePrefixes = 32,
        PlaceNames = 64,
        Particles = 128,
        Suffixes = 256,
        Articles = 512,
        Openers = 1024,
    }

    private static FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> BuildClasses()
    {
        var classes = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        void Add(string[] words, WordClass wordClass)
        {
            foreach (string word in words)
            {
                classes[word] = classes.GetValueOrDefault(word) | wordClass;
            }
        }

        Add(Titles, WordClass.Titles);
        Add(Honorifics, WordClass.Honorifics);
        Add(PlaceSuffixes, WordClass.PlaceSuffixes);
        Add(Locatives, WordClass.Locatives);
        Add(MotionVerbs, WordClass.MotionVerbs);
        Add(PlacePrefixes, WordClass.PlacePrefixes);
        Add(PlaceNames, WordClass.PlaceNames);
        Add(Particles, WordClass.Particles);
        Add(Suffixes, WordClass.Suffixes);
        Add(Articles, WordClass.Articles);
        Add(Openers, WordClass.Openers);
        return classes.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static PackedWordTable BuildShortClasses()
    {
        var shortClasses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, WordClass> entry in Classes.Dictionary)
        {
            if (entry.Key.Length <= PackedWordTable.MaxLength)
            {
                shortClasses[entry.Key.ToLowerInvariant()] = (int)entry.Value;
            }
        }

        return new PackedWordTable(shortClasses);
    }

    private enum Trigger
    {
        None,
        Title,
        WeakCue,
        StrongCue,
    }

    /// <inheritdoc />
    public override string Name => "PersonRecognizer";

    /// <inheritdoc />
    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.Person];

    /// <inheritdoc />
    public override IEnumerable<RecognizerExample> Examples => PersonExamples.All;

    /// <inheritdoc />
    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(results);
        string text = context.Text;
        if (text.Length == 0)
        {
            return;
        }

        var tokenizer = new NameTokenizer(text);
        try
        {
            var scan = new Scanner(text, tokenizer.Tokens, NameGazetteer.Instance, context.IsSpanish);
            scan.Run(results);
        }
        finally
        {
            tokenizer.Dispose();
        }
    }

    private readonly ref struct Scanner
    {
        private readonly string _text;
        private readonly Span<NameToken> _tokens;
        private readonly NameGazetteer _gazetteer;
        private readonly bool _spanish;

        public Scanner(string text, Span<NameToken> tokens, NameGazetteer gazetteer, bool spanish)
        {
            _text = text;
            _tokens = tokens;
            _gazetteer = gazetteer;
            _spanish = spanish;
        }

        public void Run(ICollection<RecognizerResult> results)
        {
            int i = 0;
            while (i < _tokens.Length)
            {
                ref NameToken token = ref _tokens[i];
                if ((token.Case == WordCase.Lower && !MayFollowCue(i)) || IsEmbedded(i) || Has(WordClass.Titles, i)
                    || (_spanish && Is(i, "don")))
                {
                    // Most words are lower-case and follow no cue: they are skipped without a lookup.
                    i++;
                    continue;
                }

                Trigger trigger = TriggerBefore(i);
                if (trigger != Trigger.None && TryTriggered(i, trigger, out int end, out double score))
                {
                    Add(results, i, end, score, trigger == Trigger.Title ? "person name after a title or role word" : "person name after a name cue");
                    i = end;
                    continue;
                }

                if (token.Case != WordCase.Lower && TryPlain(i, out end, out score, out string explanation))
                {
                    Add(results, i, end, score, explanation);
                    i = end;
                    continue;
                }

                i++;
            }
        }

        private void Add(ICollection<RecognizerResult> results, int first, int endToken, double score, string explanation) =>
            results.Add(new RecognizerResult(EntityType.Person, _tokens[first].Start, _tokens[endToken - 1].End, score, explanation));

        // Lower-case names are taken only after a strong cue, whose last word is one of these.
        // It runs for every lower-case word, so the length picks the few candidates before any comparison.
        private bool MayFollowCue(int i)
        {
            if (i == 0)
            {
                return false;
            }

            ref NameToken prev = ref _tokens[i - 1];
            if (prev.Colon)
            {
                return true;
            }

            return prev.Length switch
            {
                1 => Is(i - 1, "a"),
                2 => Is(i - 1, "is") || Is(i - 1, "es"),
                3 => Is(i - 1, "was") || Is(i - 1, "era") || Is(i - 1, "aka"),
                4 => Is(i - 1, "name"),
                5 => Is(i - 1, "alias") || Is(i - 1, "apodo") || Is(i - 1, "llama") || Is(i - 1, "llamo"),
                _ => false,
            };
        }

        private Trigger TriggerBefore(int i)
        {
            if (i == 0)
            {
                return Trigger.None;
            }

            int p = i - 1;
            ref NameToken prev = ref _tokens[p];
            bool colon = prev.Colon;
            if (!Joins(p) && !colon)
            {
                return Trigger.None;
            }

            if (!colon && Has(WordClass.Titles, p))
            {
                return Trigger.Title;
            }

            if (!colon && _spanish && Is(p, "don"))
            {
                return Trigger.Title;
            }

            if (colon)
            {
                return Is(p, "name") || Is(p, "nombre") || Is(p, "aka") || Is(p, "alias") ? Trigger.StrongCue : Trigger.None;
            }

            if (Is(p, "is") || Is(p, "es") || Is(p, "was") || Is(p, "era"))
            {
                return p > 0 && (Is(p - 1, "name") || Is(p - 1, "nombre")) ? Trigger.StrongCue : Trigger.None;
            }

            if (Is(p, "aka") || Is(p, "alias") || Is(p, "apodo"))
            {
                return Trigger.StrongCue;
            }

            // "a.k.a. Daniel" tokenizes as a / k / a with periods.
            if (Is(p, "a") && p >= 2 && Is(p - 1, "k") && Is(p - 2, "a") && _tokens[p - 1].Period)
            {
                return Trigger.StrongCue;
            }

            if ((Is(p, "llama") || Is(p, "llamo")) && p > 0 && (Is(p - 1, "se") || Is(p - 1, "me")))
            {
                return Trigger.StrongCue;
            }

            if (Is(p, "name") && p > 0 && (Is(p - 1, "real") || Is(p - 1, "full") || Is(p - 1, "legal") || Is(p - 1, "birth")))
            {
                return Trigger.StrongCue;
            }

            return Is(p, "named") || Is(p, "called") || Is(p, "llamado") || Is(p, "llamada") || Is(p, "apodado")
                ? Trigger.WeakCue
                : Trigger.None;
        }

        private bool TryTriggered(int i, Trigger trigger, out int end, out double score)
        {
            bool lowerAllowed = trigger == Trigger.StrongCue;
            end = Collect(i, lowerAllowed, allowCommonFirst: true, out int nameTokens, out bool anyKnown);
            score = 0;
            if (nameTokens == 0 || IsPlaceContext(i, end))
            {
                return false;
            }

            ref NameToken first = ref _tokens[i];
            if (first.Case == WordCase.Lower && !anyKnown && nameTokens == 1)
            {
                // "his name is irrelevant": a lone lower-case word after a cue must at least be a known name.
                return false;
            }

            if (trigger == Trigger.Title)
            {
                bool honorific = Has(WordClass.Honorifics, i - 1) || (_spanish && Is(i - 1, "don"));
                if (!honorific && (!anyKnown || IsCommon(i)))
                {
                    // Role words are nouns too: "Agent Orange", "Chief Executive", "Justice Department".
                    return false;
                }

                score = anyKnown ? 0.9 : 0.85;
            }
            else if (trigger == Trigger.StrongCue)
            {
                score = anyKnown ? 0.9 : 0.75;
            }
            else
            {
                // "a dog named Max": a weak cue takes capitalised names only and a known one scores higher.
                if (first.Case == WordCase.Lower)
                {
                    return false;
                }

                score = anyKnown ? 0.85 : 0.6;
            }

            return true;
        }

        private bool TryPlain(int i, out int end, out double score, out string explanation)
        {
            end = i + 1;
            score = 0;
            explanation = string.Empty;
            ref NameToken first = ref _tokens[i];
            if (first.Length < 2)
            {
                return false;
            }

            int firstWeight = Info(i).FirstWeight;
            if (firstWeight == 0 || Has(WordClass.Articles, i))
            {
                return false;
            }

            bool common = IsCommon(i);
            bool ambiguous = common || firstWeight <= 1;
            bool city = (first.NameFlags & NameEntry.CityBit) != 0;
            end = Collect(i, lowerAllowed: false, allowCommonFirst: true, out int nameTokens, out _, plain: !ambiguous);
            if (nameTokens == 0 || IsPlaceContext(i, end))
            {
                end = i + 1;
                return false;
            }

            bool upper = first.Case == WordCase.Upper;
            if (upper)
            {
                // "MARIA LOPEZ LIVES HERE": in capitals every word looks alike, so the run ends at the last known name.
                while (end - 1 > i && !IsKnownName(end - 1))
                {
                    end--;
                    nameTokens--;
                }
            }

            if (nameTokens == 1)
            {
                end = i + 1;
                // "the Jackson Five", "a Madison hotel": an article makes the name a modifier of a thing.
                // Spanish "a" is the personal preposition ("vi a Sofía"), not an article.
                bool article = i > 0 && Joins(i - 1) && Has(WordClass.Articles, i - 1) && !(_spanish && Is(i - 1, "a"));
                bool properNoun = i > 0 && Joins(i - 1) && _tokens[i - 1].Case != WordCase.Lower
                    && !Has(WordClass.Openers, i - 1) && !Has(WordClass.Titles, i - 1);
                if (ambiguous || upper || article || properNoun || firstWeight < 5 || (city && IsPlaceMention(i)))
                {
                    return false;
                }

                // A lone capitalised given name opening a sentence ("Reed instruments", "Sue the company") is as
                // often a word; it stays under the threshold unless context raises it.
                score = NameTokenizer.IsSentenceStart(_text, first.Start) ? 0.45 : 0.6;
                explanation = "known given name";
                return true;
            }

            int last = end - 1;
            int lastWeight = LastWeight(last);
            bool lastCommon = IsCommon(last);
            if (ambiguous || upper)
            {
                // "Will Smith", "Hope Johnson", "DANIEL KWIATKOWSKI": the surname has to carry the evidence.
                if (lastWeight < 3 || lastCommon || firstWeight < (upper ? 3 : 1))
                {
                    end = i + 1;
                    return false;
                }

                score = ambiguous ? 0.7 : 0.8;
            }
            else if ((city && lastWeight == 0) || (Has(WordClass.PlaceNames, i) && lastWeight < 7))
            {
                // "Austin Texas", "Dallas Cowboys", "Georgia Power" (but "Virginia Smith").
                end = i + 1;
                return false;
            }
            else
            {
                score = lastWeight > 0 ? 0.9 : firstWeight >= 3 ? 0.8 : 0.6;
            }

            explanation = "given name and surname";
            return true;
        }

        // Gathers the name words from i: capitalised words, initials and particles between capitalised words; a
        // lower-case word only after a strong cue. Returns the exclusive end token index.
        private int Collect(int i, bool lowerAllowed, bool allowCommonFirst, out int nameTokens, out bool anyKnown, bool plain = true)
        {
            nameTokens = 0;
            anyKnown = false;
            int end = i;
            int j = i;
            bool lowerRun = _tokens[i].Case == WordCase.Lower;
            while (j < _tokens.Length && nameTokens < MaxNameTokens)
            {
                ref NameToken token = ref _tokens[j];
                if (IsEmbedded(j) || Has(WordClass.Titles, j) && j > i && token.Case != WordCase.Lower)
                {
                    break;
                }

                // A suffix ends the name; a place word ends it too, and IsPlaceContext then rejects the whole run.
                if (j > i && (Has(WordClass.Suffixes, j) || Has(WordClass.PlaceSuffixes, j)))
                {
                    break;
                }

                // "y" joins surnames ("Ortega y Gasset"), not two people ("Juan y Pedro").
                bool joinsPeople = Is(j, "y") && j + 1 < _tokens.Length && Info(j + 1).FirstWeight > 0;
                if (j > i && token.Case == WordCase.Lower && Has(WordClass.Particles, j) && !joinsPeople && Joins(j) && j + 1 < _tokens.Length
                    && (_tokens[j + 1].Case != WordCase.Lower || Has(WordClass.Particles, j + 1) || (lowerRun && lowerAllowed && IsKnownName(j + 1))))
                {
                    j++;
                    continue;
                }

                bool accepted;
                if (token.Length == 1)
                {
                    // An initial ("M." in "Daniel M. Kwiatkowski") counts only inside a run that goes on.
                    accepted = token.Case != WordCase.Lower && Joins(j) && j + 1 < _tokens.Length && _tokens[j + 1].Case != WordCase.Lower;
                    if (accepted)
                    {
                        j++;
                        continue;
                    }

                    break;
                }

                if (token.Case == WordCase.Lower)
                {
                    // After a cue, lower-case words are a name while they are known names, plus the surname slot
                    // right after a known given name ("daniel kwiatkowski"), so that "... lucia fernandez y vive"
                    // stops before the verb.
                    accepted = lowerAllowed && lowerRun && !IsCommon(j) && token.Length >= 2
                        && (j == i || IsKnownName(j) || (j == i + 1 && Info(i).FirstWeight > 0));
                }
                else
                {
                    bool known = IsKnownName(j);
                    bool common = IsCommon(j);
                    if (Has(WordClass.PlaceNames, j) && j > i)
                    {
                        break;
                    }

                    accepted = !common || (j == i ? allowCommonFirst && known : plain && LastWeight(j) >= 5);
                }

                if (!accepted)
                {
                    break;
                }

                anyKnown |= IsKnownName(j);
                nameTokens++;
                end = j + 1;
                if (!Joins(j))
                {
                    break;
                }

                j++;
            }

            return end;
        }

        private bool IsPlaceContext(int start, int end)
        {
            if (end < _tokens.Length && Joins(end - 1) && Has(WordClass.PlaceSuffixes, end))
            {
                return true;
            }

            // "San Francisco", "Fort Worth": the run itself starts with a place word.
            if (end - start > 1 && Has(WordClass.PlacePrefixes, start))
            {
                return true;
            }

            return start > 0 && Joins(start - 1) && Has(WordClass.PlacePrefixes, start - 1);
        }

        private bool IsPlaceMention(int i)
        {
            if (i == 0 || !Joins(i - 1))
            {
                return false;
            }

            return Has(WordClass.Locatives, i - 1) || (Is(i - 1, "to") && i > 1 && Has(WordClass.MotionVerbs, i - 2));
        }

        // Two words belong to one name when only spaces separate them, or a period after an initial or title.
        private bool Joins(int k)
        {
            ref NameToken token = ref _tokens[k];
            if (!token.JoinsNext || k + 1 >= _tokens.Length)
            {
                return false;
            }

            return !token.Period || token.Length == 1 || Has(WordClass.Titles, k) || Has(WordClass.Suffixes, k);
        }

        // Folds the token once and asks the gazetteer once; the answers stay in the token. The word classes are
        // resolved apart (ClassesOf): most tokens whose classes are asked about are never looked up as names.
        private ref NameToken Info(int k)
        {
            ref NameToken token = ref _tokens[k];
            if (token.Resolved)
            {
                return ref token;
            }

            token.Resolved = true;
            Span<char> buffer = stackalloc char[MaxFoldedLength];
            if (token.Length > buffer.Length)
            {
                return ref token;
            }

            // The gazetteer lower-cases ASCII itself, so a plain ASCII word (no apostrophe to drop) is its own key.
            ReadOnlySpan<char> raw = _text.AsSpan(token.Start, token.Length);
            ReadOnlySpan<char> key = IsPlainAscii(raw) ? raw : Fold(token, buffer);
            NameEntry entry = _gazetteer.Lookup(key);
            token.FirstWeight = entry.FirstWeight;
            token.LastWeight = entry.LastWeight;
            token.NameFlags = entry.Flags;
            int dash = key.IndexOf('-');
            if (entry.LastWeight == 0 && dash > 0)
            {
                // "Pérez-Reverte", "Smith-Jones": a double-barrelled surname is as known as its better-known part.
                token.LastWeight = Math.Max(_gazetteer.Lookup(key[..dash]).LastWeight, _gazetteer.Lookup(key[(dash + 1)..]).LastWeight);
            }

            return ref token;
        }

        private ushort ClassesOf(int k)
        {
            ref NameToken token = ref _tokens[k];
            if (token.ClassesResolved)
            {
                return token.Classes;
            }

            token.ClassesResolved = true;
            if (TryPackAscii(_text.AsSpan(token.Start, token.Length), out ulong ascii))
            {
                token.Classes = ascii != 0 && ShortClasses.TryGetValue(ascii, out int known) ? (ushort)known : (ushort)0;
                return token.Classes;
            }

            Span<char> buffer = stackalloc char[MaxFoldedLength];
            if (token.Length > buffer.Length)
            {
                return 0;
            }

            ReadOnlySpan<char> key = Fold(token, buffer);
            if (key.Length is > 0 and <= PackedWordTable.MaxLength && !key.ContainsAnyExceptInRange('\u0001', '\u00FF'))
            {
                // Folded letters are lower-case, and the Latin-1 ones fold to ASCII: an exact match of the packed
                // word is the case-insensitive match of the full table.
                ulong packed = 0;
                for (int c = 0; c < key.Length; c++)
                {
                    packed |= (ulong)key[c] << (8 * c);
                }

                token.Classes = ShortClasses.TryGetValue(packed, out int found) ? (ushort)found : (ushort)0;
            }
            else
            {
                token.Classes = Classes.TryGetValue(key, out WordClass classes) ? (ushort)classes : (ushort)0;
            }

            return token.Classes;
        }

        private static bool IsPlainAscii(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
            {
                if (c is '\'' or '\0' or >= (char)0x80)
                {
                    return false;
                }
            }

            return true;
        }

        // The folded word packed as ShortClasses keys are, read straight from an ASCII word of up to eight letters
        // (apostrophes dropped, as Fold drops them); false for any other word, which then takes the folding path.
        private static bool TryPackAscii(ReadOnlySpan<char> word, out ulong packed)
        {
            packed = 0;
            if (word.Length > PackedWordTable.MaxLength)
            {
                return false;
            }

            int n = 0;
            foreach (char c in word)
            {
                if (c is '\'' or '\u2019')
                {
                    continue;
                }

                if (c is '\0' or >= (char)0x80)
                {
                    return false;
                }

                packed |= (ulong)(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) << (8 * n++);
            }

            return true;
        }

        private ReadOnlySpan<char> Fold(in NameToken token, Span<char> buffer)
        {
            int n = 0;
            foreach (char c in _text.AsSpan(token.Start, token.Length))
            {
                if (c is not ('\'' or '\u2019'))
                {
                    buffer[n++] = TextFold.Fold(c);
                }
            }

            return buffer[..n];
        }

        private bool IsKnownName(int k)
        {
            ref NameToken token = ref Info(k);
            return token.FirstWeight > 0 || token.LastWeight > 0;
        }

        private int LastWeight(int k) => Info(k).LastWeight;

        private bool IsCommon(int k) => (Info(k).NameFlags & NameEntry.CommonBit) != 0;

        private bool IsEmbedded(int k)
        {
            ref NameToken token = ref _tokens[k];
            if (!token.EmbeddedKnown)
            {
                token.EmbeddedKnown = true;
                token.Embedded = NameTokenizer.IsEmbedded(_text, token.Start, token.FullEnd);
            }

            return token.Embedded;
        }

        private bool Has(WordClass wordClass, int k) => (ClassesOf(k) & (ushort)wordClass) != 0;

        // Every word asked about is lower-case ASCII: a length or ASCII first-letter mismatch settles most calls
        // without the case-insensitive comparison (a non-ASCII first letter still takes it).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool Is(int k, string word)
        {
            ref NameToken token = ref _tokens[k];
            if (token.Length != word.Length)
            {
                return false;
            }

            char first = _text[token.Start];
            if (first < 0x80 && (first | 0x20) != word[0])
            {
                return false;
            }

            return _text.AsSpan(token.Start, token.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
        }
    }
}
