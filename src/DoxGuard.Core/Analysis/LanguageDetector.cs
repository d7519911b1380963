namespace DoxGuard.Analysis;

/// <summary>
/// Tells English from Spanish by function words and Spanish-only letters: the two languages the product judges.
/// Cheap enough to run on every post that arrives without a <c>lang</c>.
/// </summary>
public static class LanguageDetector
{
    private static readonly HashSet<string> SpanishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "con", "para", "es", "su",
        "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "este", "sí", "porque", "esta", "entre", "cuando",
        "muy", "sin", "sobre", "también", "me", "hasta", "hay", "donde", "quien", "desde", "todo", "nos", "durante",
        "todos", "uno", "les", "ni", "contra", "otros", "ese", "eso", "ante", "ellos", "e", "esto", "mí", "antes",
        "algunos", "qué", "unos", "yo", "otro", "otras", "otra", "él", "tanto", "esa", "estos", "mucho", "quienes",
        "nada", "muchos", "cual", "poco", "ella", "estar", "estas", "algunas", "algo", "nosotros", "mi", "mis", "tú",
        "te", "ti", "tu", "tus", "ellas", "vive", "casa", "calle", "aquí", "voy", "vamos", "van", "hay", "son", "está",
        "están", "tiene", "dónde", "pues", "jaja", "neta", "wey", "güey", "pinche", "nomás", "ahorita",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "of", "to", "is", "in", "it", "you", "that", "he", "was", "for", "on", "are", "with", "as",
        "i", "his", "they", "be", "at", "this", "have", "from", "or", "by", "but", "not", "what", "all", "were",
        "we", "when", "your", "can", "said", "there", "an", "which", "she", "do", "their", "if", "will", "up",
        "about", "out", "them", "then", "her", "would", "so", "these", "him", "has", "its", "who", "lives", "my",
        "just", "get", "know", "where", "here", "our", "me", "don't", "it's", "he's", "she's", "i'm", "gonna",
    };

    // One table: +1 for a Spanish function word, -1 for an English one (0 if both), looked up by span without
    // allocating. Keys are lower-case; words are lower-cased into a stack buffer first (Ordinal hashing is cheaper
    // than OrdinalIgnoreCase on every word of every post).
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int> Votes = BuildVotes();
    private static readonly System.Collections.Frozen.FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> VoteLookup =
        Votes.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxWords = 80;
    private const int MaxWordLength = 16;

    private static System.Collections.Frozen.FrozenDictionary<string, int> BuildVotes()
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string w in SpanishWords)
        {
            votes[w.ToLowerInvariant()] = 1;
        }

        foreach (string w in EnglishWords)
        {
            string key = w.ToLowerInvariant();
            votes[key] = votes.TryGetValue(key, out int v) ? v - 1 : -1;
        }

        return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(votes, StringComparer.Ordinal);
    }

    /// <summary>Returns "es" when the text reads as Spanish, otherwise "en".</summary>
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int score = 0;
        int words = 0;
        int i = 0;
        Span<char> lower = stackalloc char[MaxWordLength];
        while (i < text.Length && words < MaxWords)
        {
            char c = text[i];
            if (!char.IsLetter(c) && c != '\'')
            {
                if (c is '¿' or '¡')
                {
                    score += 3;
                }

                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                if (text[i] is 'ñ' or 'Ñ' or 'á' or 'é' or 'í' or 'ó' or 'ú')
                {
                    score++;
                }

                i++;
            }

            words++;
            int length = i - start;
            if (length <= MaxWordLength)
            {
                Span<char> word = lower[..length];
                text.AsSpan(start, length).ToLowerInvariant(word);
                if (VoteLookup.TryGetValue(word, out int vote))
                {
                    score += 2 * vote;
                }
            }
        }

        return score > 0 ? "es" : "en";
    }

    /// <summary>Maps a caller's language tag ("es-MX", "EN") to "en" or "es"; null or unknown tags are detected.</summary>
    public static string Resolve(string? lang, string text)
    {
        if (!string.IsNullOrWhiteSpace(lang))
        {
            ReadOnlySpan<char> tag = lang.AsSpan().Trim();
            if (tag.StartsWith("es", StringComparison.OrdinalIgnoreCase))
            {
                return "es";
            }

            if (tag.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return "en";
            }
        }

        return Detect(text);
    }
}
