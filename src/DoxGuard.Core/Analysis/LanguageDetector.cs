using DoxGuard.Normalization;

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

    // One table: +1 for a Spanish function word, -1 for an English one (0 if both). Every key is at most 8 Latin-1
    // characters, so a lower-cased word packs into a ulong (8 bits a character) as it is scanned: no lower-casing
    // pass, no string hashing, and words that cannot be keys (longer, or outside Latin-1) skip the lookup.
    private const int MaxKeyLength = PackedWordTable.MaxLength;
    private static readonly PackedWordTable Votes = BuildVotes();

    private const int MaxWords = 80;

    private static PackedWordTable BuildVotes()
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

        return new PackedWordTable(votes);
    }

    /// <summary>Returns "es" when the text reads as Spanish, otherwise "en".</summary>
    // Fully optimized from the first call: it runs on every post, and on a busy single core the tiered JIT can leave
    // it in unoptimized code for seconds.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static string Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> s = text;
        int score = 0;
        int words = 0;
        int i = 0;
        while (i < s.Length && words < MaxWords)
        {
            char c = s[i];
            if (!IsWordChar(c))
            {
                if (c is '¿' or '¡')
                {
                    score += 3;
                }

                i++;
                continue;
            }

            int start = i;
            ulong key = 0;
            bool packable = true;
            do
            {
                char w = s[i];
                char lower;
                if (w < 0x80)
                {
                    // ASCII word characters are letters and the apostrophe, which already has the 0x20 bit.
                    lower = (char)(w | 0x20);
                }
                else
                {
                    if (w is 'ñ' or 'Ñ' or 'á' or 'é' or 'í' or 'ó' or 'ú')
                    {
                        score++;
                    }

                    lower = char.ToLowerInvariant(w);
                    packable &= lower <= 0xFF;
                }

                int k = i - start;
                if (k < MaxKeyLength)
                {
                    key |= (ulong)(lower & 0xFF) << (8 * k);
                }

                i++;
            }
            while (i < s.Length && IsWordChar(s[i]));

            words++;
            if (packable && i - start <= MaxKeyLength && Votes.TryGetValue(key, out int vote))
            {
                score += 2 * vote;
            }
        }

        return score > 0 ? "es" : "en";
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsWordChar(char c) => c < 0x80 ? char.IsAsciiLetter(c) || c == '\'' : char.IsLetter(c);

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
