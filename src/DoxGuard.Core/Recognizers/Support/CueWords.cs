namespace DoxGuard.Recognizers.Support;

/// <summary>
/// A small set of context words ("call", "SSN", "social security", "tel.") searched for near a candidate span.
/// Matching is case-insensitive and whole-word. The window is split into words once and each word is looked up in a
/// hash set, so the cost is one lookup per nearby word however many cues there are.
/// </summary>
internal sealed class CueWords
{
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;
    private readonly string[] _symbols;

    // Nearly every word of a window is no cue: its initials and length rule it out before either hash lookup.
    private readonly Lexicons.InitialLengthFilter _filter;

    public CueWords(params string[] cues)
    {
        var symbols = new List<string>();
        var phrases = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (string cue in cues)
        {
            int firstWordLength = 0;
            while (firstWordLength < cue.Length && char.IsLetterOrDigit(cue[firstWordLength]))
            {
                firstWordLength++;
            }

            if (firstWordLength == cue.Length)
            {
                _words.Add(cue);
            }
            else if (firstWordLength == 0)
            {
                symbols.Add(cue);
            }
            else
            {
                string first = cue[..firstWordLength];
                if (!phrases.TryGetValue(first, out List<string>? list))
                {
                    phrases[first] = list = [];
                }

                // Longest first, so "social security" is reported rather than a shorter phrase it starts with.
                list.Add(cue);
                list.Sort(static (a, b) => b.Length.CompareTo(a.Length));
            }
        }

        foreach ((string first, List<string> list) in phrases)
        {
            _phrasesByFirstWord[first] = [.. list];
        }

        _symbols = [.. symbols];
        _filter = new Lexicons.InitialLengthFilter([.. _words, .. _phrasesByFirstWord.Keys]);
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = _phrasesByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The first cue found within <paramref name="before"/> characters before <paramref name="start"/> or
    /// <paramref name="after"/> characters after <paramref name="end"/>; null when there is none.
    /// </summary>
    public string? FindNear(string text, int start, int end, int before, int after)
    {
        string? found = FindIn(text, Math.Max(0, start - before), start);
        return found ?? (after > 0 ? FindIn(text, end, Math.Min(text.Length, end + after)) : null);
    }

    /// <summary>The first cue that starts in text[<paramref name="from"/>..<paramref name="to"/>).</summary>
    public string? FindIn(string text, int from, int to)
    {
        int i = from;

        // A word cut by the window's edge is not a whole word.
        while (i > 0 && i < to && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        while (i < to)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int wordStart = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            ReadOnlySpan<char> word = text.AsSpan(wordStart, i - wordStart);
            if (!_filter.MayContain(word))
            {
                continue;
            }

            if (_phraseLookup.TryGetValue(word, out string[]? phrases))
            {
                foreach (string phrase in phrases)
                {
                    int phraseEnd = wordStart + phrase.Length;
                    if (text.AsSpan(wordStart).StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                        && (!char.IsLetterOrDigit(phrase[^1]) || phraseEnd >= text.Length || !char.IsLetterOrDigit(text[phraseEnd])))
                    {
                        return phrase;
                    }
                }
            }

            if (_wordLookup.TryGetValue(word, out string? cue))
            {
                return cue;
            }
        }

        foreach (string symbol in _symbols)
        {
            if (text.AsSpan(from, to - from).Contains(symbol, StringComparison.Ordinal))
            {
                return symbol;
            }
        }

        return null;
    }
}
