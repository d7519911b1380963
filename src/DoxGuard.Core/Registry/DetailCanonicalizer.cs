using System.Text;
using DoxGuard.Recognizers.Names;
using PhoneNumbers;

namespace DoxGuard.Registry;

/// <summary>
/// The one place where registered details and the details read in a post are brought to the same canonical form,
/// before keyed hashing: phones to E.164, emails lower-cased, plates without spaces or dashes, names to a
/// "given surname" pair with nicknames resolved, addresses to street core and qualifiers (<see cref="AddressKeys"/>).
/// </summary>
internal static class DetailCanonicalizer
{
    private const int MinPlateLength = 2;
    private const int MaxPlateLength = 8;

    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>A registered phone in E.164; North American numbers may omit the country code.</summary>
    public static bool TryPhone(string raw, out string e164)
    {
        e164 = string.Empty;
        try
        {
            PhoneNumber number = Phones.Parse(raw, "US");
            if (!Phones.IsPossibleNumber(number))
            {
                return false;
            }

            e164 = Phones.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>
    /// E.164 from a run of digits read in a post: ten digits are a North American number, eleven starting with 1 too;
    /// with a leading '+' any 8..15 digits. Other runs are not phones.
    /// </summary>
    public static string? PhoneFromDigits(ReadOnlySpan<char> digits, bool plus)
    {
        Span<char> e164 = stackalloc char[MaxPhoneLength];
        int length = PhoneFromDigits(digits, plus, e164);
        return length == 0 ? null : e164[..length].ToString();
    }

    /// <summary>Longest E.164 form written by <see cref="PhoneFromDigits(ReadOnlySpan{char}, bool, Span{char})"/>.</summary>
    public const int MaxPhoneLength = 17;

    /// <summary>
    /// <see cref="PhoneFromDigits(ReadOnlySpan{char}, bool)"/> into <paramref name="e164"/> (at least
    /// <see cref="MaxPhoneLength"/> long) without allocating; the length written, or 0 when the run is no phone.
    /// </summary>
    public static int PhoneFromDigits(ReadOnlySpan<char> digits, bool plus, Span<char> e164)
    {
        string prefix;
        if (plus && digits.Length is >= 8 and <= 15)
        {
            prefix = "+";
        }
        else if (digits.Length == 10 && digits[0] is not ('0' or '1'))
        {
            prefix = "+1";
        }
        else if (digits.Length == 11 && digits[0] == '1')
        {
            prefix = "+";
        }
        else
        {
            return 0;
        }

        prefix.CopyTo(e164);
        digits.CopyTo(e164[prefix.Length..]);
        return prefix.Length + digits.Length;
    }

    public static bool TryEmail(string raw, out string canonical)
    {
        canonical = raw.Trim().ToLowerInvariant();
        int at = canonical.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == canonical.LastIndexOf('@') && canonical.IndexOf('.', at) > at + 1 && !canonical.EndsWith('.')
            && !canonical.Contains(' ', StringComparison.Ordinal);
    }

    /// <summary>A plate without spaces, dashes or a leading state code ("IL DV-43317" is "DV43317").</summary>
    public static bool TryPlate(string raw, out string canonical)
    {
        var tokens = new TextTokens(raw);
        int first = 0;
        if (tokens.Count >= 2 && tokens.Value(0).Length == 2 && StreetVocabulary.TryState(tokens.Value(0), out _))
        {
            first = 1;
        }

        var plate = new StringBuilder(MaxPlateLength);
        for (int i = first; i < tokens.Count; i++)
        {
            if (!tokens[i].IsSymbol)
            {
                plate.Append(tokens.Value(i));
            }
        }

        canonical = plate.ToString().ToUpperInvariant();
        return canonical.Length is >= MinPlateLength and <= MaxPlateLength;
    }

    /// <summary>A plate read in a post from adjacent tokens [from, to): null when it cannot be a plate.</summary>
    public static string? PlateFromTokens(TextTokens tokens, int from, int to)
    {
        Span<char> plate = stackalloc char[MaxPlateLength];
        int length = PlateFromTokens(tokens, from, to, plate);
        return length == 0 ? null : plate[..length].ToString();
    }

    /// <summary>
    /// <see cref="PlateFromTokens(TextTokens, int, int)"/> into <paramref name="plate"/> (at least 8 long) without
    /// allocating; the length written, or 0 when the tokens cannot be a plate.
    /// </summary>
    public static int PlateFromTokens(TextTokens tokens, int from, int to, Span<char> plate)
    {
        int length = 0;
        bool digit = false;
        for (int i = from; i < to; i++)
        {
            length += tokens[i].Length;
            digit |= tokens[i].Digits > 0;
            if (tokens[i].IsSymbol || length > MaxPlateLength)
            {
                return 0;
            }
        }

        if (!digit || length < MinPlateLength)
        {
            return 0;
        }

        int at = 0;
        for (int i = from; i < to; i++)
        {
            ReadOnlySpan<char> value = tokens.Value(i);
            UpperCase.Write(value, plate[at..]);
            at += value.Length;
        }

        return at;
    }

    /// <summary>
    /// The "given surname" key of a full name: canonical (<see cref="NameNormalizer"/>: folded, nickname resolved),
    /// middle names and initials dropped, so "Danny J. Kwiatkowski" and "Daniel Kwiatkowski" agree; null when the name
    /// has no surname.
    /// </summary>
    public static string? NameKey(string raw)
    {
        List<string> words = NameWords(raw);
        return words.Count >= 2 ? NamePair(words[0], words[^1]) : null;
    }

    /// <summary>The canonical words of a name, single-letter initials dropped.</summary>
    public static List<string> NameWords(string raw)
    {
        string canonical = NameNormalizer.Canonical(raw);
        var words = new List<string>(4);
        foreach (string word in canonical.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1)
            {
                words.Add(word);
            }
        }

        return words;
    }

    public static string NamePair(string given, string surname) => given + " " + surname;
}
