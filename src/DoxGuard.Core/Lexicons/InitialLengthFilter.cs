namespace DoxGuard.Lexicons;

/// <summary>
/// A necessary condition for membership in a case-insensitive word set: the (first letter, second letter, length)
/// triples its keys have. Most words of a post fail it, and the test costs a few loads, where the case-insensitive
/// hash lookup it guards costs a hash of the folded word and a comparison. It only answers "cannot be a key" or
/// "maybe".
/// </summary>
/// <remarks>
/// Sound for <see cref="StringComparison.OrdinalIgnoreCase"/>: equal strings have equal lengths, and an ASCII
/// letter equals a key's character exactly when the comparer says so (the masks are built by asking it, so a key
/// character outside ASCII that folds to an ASCII letter is covered). Keys whose second character is no ASCII letter
/// (one letter long, "c/", "pº") are kept apart and always checked. Words that do not start with an ASCII letter, or
/// that are longer than 63 characters, are always "maybe"; a word whose second character is no ASCII letter is
/// checked against every key of its first letter.
/// </remarks>
internal sealed class InitialLengthFilter
{
    private const int MaxLength = 63;
    private readonly ulong[] _lengthsByInitial = new ulong[26];
    private readonly ulong[] _lengthsByPair = new ulong[26 * 26];
    private readonly ulong[] _lengthsOtherSecond = new ulong[26];

    /// <summary>Builds the filter of <paramref name="keys"/>.</summary>
    public InitialLengthFilter(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (string key in keys)
        {
            if (key.Length is 0 or > MaxLength)
            {
                continue;
            }

            ulong bit = 1UL << key.Length;
            for (int b = 0; b < 26; b++)
            {
                if (!EqualsLetter(key[0], b))
                {
                    continue;
                }

                _lengthsByInitial[b] |= bit;
                bool anySecond = false;
                for (int b2 = 0; key.Length > 1 && b2 < 26; b2++)
                {
                    if (EqualsLetter(key[1], b2))
                    {
                        _lengthsByPair[(b * 26) + b2] |= bit;
                        anySecond = true;
                    }
                }

                if (!anySecond)
                {
                    _lengthsOtherSecond[b] |= bit;
                }
            }
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength || !char.IsAsciiLetter(word[0]))
        {
            return true;
        }

        int b = (word[0] | 0x20) - 'a';
        ulong bit = 1UL << word.Length;
        if (word.Length == 1 || !char.IsAsciiLetter(word[1]))
        {
            return (_lengthsByInitial[b] & bit) != 0;
        }

        int b2 = (word[1] | 0x20) - 'a';
        return ((_lengthsByPair[(b * 26) + b2] | _lengthsOtherSecond[b]) & bit) != 0;
    }

    private static bool EqualsLetter(char c, int letter)
    {
        ReadOnlySpan<char> one = [c];
        ReadOnlySpan<char> ascii = [(char)('a' + letter)];
        return one.Equals(ascii, StringComparison.OrdinalIgnoreCase);
    }
}
