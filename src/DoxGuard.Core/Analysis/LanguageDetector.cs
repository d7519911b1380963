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

    /// <summary>Returns "es" when the text reads as Spanish, otherwise "en".</summary>
    public static string Detect(string text)
    {
        int spanish = 0;
        int english = 0;
        int i = 0;
        int words = 0;
        while (i < text.Length && words < 200)
        {
            while (i < text.Length && !char.IsLetter(text[i]) && text[i] != '\'')
            {
                i++;
            }

            int start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                char c = text[i];
                if (c is 'ñ' or 'Ñ' or '¿' or '¡' or 'á' or 'é' or 'í' or 'ó' or 'ú')
                {
                    spanish++;
                }

                i++;
            }

            if (i > start)
            {
                words++;
                ReadOnlySpan<char> word = text.AsSpan(start, i - start);
                var lookupSpanish = SpanishWords.GetAlternateLookup<ReadOnlySpan<char>>();
                var lookupEnglish = EnglishWords.GetAlternateLookup<ReadOnlySpan<char>>();
                if (lookupSpanish.Contains(word))
                {
                    spanish += 2;
                }

                if (lookupEnglish.Contains(word))
                {
                    english += 2;
                }
            }
        }

        if (text.Contains('¿') || text.Contains('¡'))
        {
            spanish += 3;
        }

        return spanish > english ? "es" : "en";
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
