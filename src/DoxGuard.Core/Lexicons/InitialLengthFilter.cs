namespace DoxGuard.Lexicons;

/// <summary>
/// A necessary condition for membership in a case-insensitive word set: the (initial letter, length) pairs its keys
/// have. Most words of a post fail it, and the test costs two loads, where the case-insensitive hash lookup it guards
/// costs a hash of the folded word and a comparison. It only answers "cannot be a key" or "maybe".
/// </summary>
/// <remarks>
/// Sound for <see cref="StringComparison.OrdinalIgnoreCase"/>: equal strings have equal lengths, and an ASCII
/// letter equals a key's first character exactly when the comparer says so (the masks are built by asking it, so a
/// key that starts with a non-ASCII character that folds to an ASCII letter is covered). Words that do not start with
/// an ASCII letter, or that are longer than 63 characters, are always "maybe".
/// </remarks>
internal sealed class InitialLengthFilter
{
    private const int MaxLength = 63;
    private readonly ulong[] _lengthsByInitial = new ulong[26];

    /// <summary>Builds the filter of <paramref name="keys"/>.</summary>
    public InitialLengthFilter(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Span<char> letter = stackalloc char[1];
        foreach (string key in keys)
        {
            if (key.Length is 0 or > MaxLength)
            {
                continue;
            }

            for (int b = 0; b < 26; b++)
            {
                letter[0] = (char)('a' + b);
                if (key.AsSpan(0, 1).Equals(letter, StringComparison.OrdinalIgnoreCase))
                {
                    _lengthsByInitial[b] |= 1UL << key.Length;
                }
            }
        }
    }

    /// <summary>False when no key can equal <paramref name="word"/> ignoring case; true when one may.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > MaxLength)
        {
            return true;
        }

        uint b = (uint)((word[0] | 0x20) - 'a');
        if (b >= 26 || !char.IsAsciiLetter(word[0]))
        {
            return true;
        }

        return (_lengthsByInitial[b] & (1UL << word.Length)) != 0;
    }
}
