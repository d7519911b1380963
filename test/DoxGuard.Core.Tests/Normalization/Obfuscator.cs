using System.Text;
using DoxGuard.Entities;

namespace DoxGuard.Tests.Normalization;

/// <summary>The ways a poster hides a value from a filter, as the recall harness applies them.</summary>
public enum Obfuscation
{
    SpacedDigits,
    DottedDigits,
    SpelledDigits,
    Homoglyphs,
    ZeroWidth,
    LetterOForZero,
}

/// <summary>A post with one span obfuscated, and where that span now lies.</summary>
/// <param name="Text">The obfuscated post.</param>
/// <param name="Start">Start of the obfuscated span.</param>
/// <param name="End">End (exclusive) of the obfuscated span.</param>
public sealed record ObfuscatedText(string Text, int Start, int End)
{
    /// <summary>The obfuscated span's text.</summary>
    public string Span => Text[Start..End];
}

/// <summary>
/// Deterministic obfuscations of a span inside a post, the way people dodge filters: digits spaced, dotted or
/// spelled out in the post's language, Cyrillic look-alike letters, zero-width characters, the letter O for zero.
/// Each returns null when it does not apply to the span (no digits to space, no letters to swap...).
/// </summary>
internal static class Obfuscator
{
    private static readonly string[] English = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Spanish = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];

    /// <summary>Entity types written as one long digit string, which people space out or spell.</summary>
    private static readonly HashSet<EntityType> DigitStringTypes = [EntityType.PhoneNumber, EntityType.UsSsn, EntityType.CreditCard];

    /// <summary>Obfuscates <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>) with <paramref name="kind"/>.</summary>
    public static ObfuscatedText? Apply(Obfuscation kind, string text, int start, int end, EntityType type, string language)
    {
        string span = text[start..end];
        string? obfuscated = kind switch
        {
            Obfuscation.SpacedDigits => DigitStringTypes.Contains(type) ? JoinDigits(span, " ") : null,
            Obfuscation.DottedDigits => DigitStringTypes.Contains(type) ? JoinDigits(span, ".") : null,
            Obfuscation.SpelledDigits => DigitStringTypes.Contains(type) ? SpellDigits(span, language == "es" ? Spanish : English) : null,
            Obfuscation.Homoglyphs => Homoglyphs(span),
            Obfuscation.ZeroWidth => ZeroWidth(span),
            // A link with O for 0 no longer works, so nobody disguises one that way.
            Obfuscation.LetterOForZero => IsInLink(text, start, end) ? null : LetterOForZero(span),
            _ => null,
        };

        if (obfuscated is null || obfuscated == span)
        {
            return null;
        }

        return new ObfuscatedText(string.Concat(text.AsSpan(0, start), obfuscated, text.AsSpan(end)), start, start + obfuscated.Length);
    }

    private static bool IsInLink(string text, int start, int end)
    {
        int chunk = start;
        while (chunk > 0 && !char.IsWhiteSpace(text[chunk - 1]))
        {
            chunk--;
        }

        string around = text[chunk..end];
        return around.Contains("://", StringComparison.Ordinal) || around.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every applicable obfuscation of the span.</summary>
    public static IEnumerable<(Obfuscation Kind, ObfuscatedText Variant)> All(string text, int start, int end, EntityType type, string language)
    {
        foreach (Obfuscation kind in Enum.GetValues<Obfuscation>())
        {
            ObfuscatedText? variant = Apply(kind, text, start, end, type, language);
            if (variant is not null)
            {
                yield return (kind, variant);
            }
        }
    }

    /// <summary>
    /// "(773) 555-0143" → "7 7 3 5 5 5 0 1 4 3": the digits alone, one separator between each. A leading '+' stays
    /// (the country code is part of the number), and so does whatever follows the number ("ext 12").
    /// </summary>
    private static string? JoinDigits(string span, string separator) =>
        RewriteDigits(span, digits => string.Join(separator, digits));

    private static string? SpellDigits(string span, string[] words) =>
        RewriteDigits(span, digits => string.Join(' ', digits.Select(d => words[d - '0'])));

    private static string? RewriteDigits(string span, Func<List<char>, string> rewrite)
    {
        int end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] is ' ' or '-' or '.' or '(' or ')' or '+'))
        {
            end++;
        }

        while (end > 0 && !char.IsAsciiDigit(span[end - 1]))
        {
            end--;
        }

        var digits = span[..end].Where(char.IsAsciiDigit).ToList();
        if (digits.Count < 5)
        {
            return null;
        }

        string plus = span.StartsWith('+') ? "+" : string.Empty;
        return plus + rewrite(digits) + span[end..];
    }

    /// <summary>Every other swappable letter of each word, so that every word keeps a Latin letter.</summary>
    private static string Homoglyphs(string span)
    {
        var builder = new StringBuilder(span.Length);
        int swappable = 0;
        foreach (char c in span)
        {
            if (!char.IsLetterOrDigit(c))
            {
                swappable = 0;
            }

            char look = c switch
            {
                'a' => '\u0430', 'e' => '\u0435', 'o' => '\u043E', 'p' => '\u0440', 'c' => '\u0441', 'x' => '\u0445',
                'y' => '\u0443', 'i' => '\u0456', 's' => '\u0455', 'A' => '\u0410', 'B' => '\u0412', 'E' => '\u0415',
                'K' => '\u041A', 'M' => '\u041C', 'H' => '\u041D', 'O' => '\u041E', 'P' => '\u0420', 'C' => '\u0421',
                'T' => '\u0422', 'X' => '\u0425',
                _ => '\0',
            };

            builder.Append(look != '\0' && swappable++ % 2 == 1 ? look : c);
        }

        return builder.ToString();
    }

    /// <summary>A zero-width space after every second character inside the span.</summary>
    private static string? ZeroWidth(string span)
    {
        if (span.Length < 2)
        {
            return null;
        }

        var builder = new StringBuilder(span.Length * 2);
        for (int i = 0; i < span.Length; i++)
        {
            builder.Append(span[i]);
            if (i % 2 == 1 && i < span.Length - 1 && !char.IsHighSurrogate(span[i]))
            {
                builder.Append('\u200B');
            }
        }

        return builder.ToString();
    }

    /// <summary>One '0' per free-standing digit group of three or more becomes the letter O ("0143" → "O143").</summary>
    private static string? LetterOForZero(string span)
    {
        char[] chars = span.ToCharArray();
        bool changed = false;
        int i = 0;
        while (i < chars.Length)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < chars.Length && char.IsAsciiDigit(chars[i]))
            {
                i++;
            }

            // Inside a word ("ABC1023") the letter would just read as part of the word, even to a person.
            bool apart = (start == 0 || !char.IsLetter(chars[start - 1])) && (i == chars.Length || !char.IsLetter(chars[i]));
            int zero = Array.IndexOf(chars, '0', start, i - start);
            if (apart && i - start >= 3 && zero >= 0)
            {
                chars[zero] = 'O';
                changed = true;
            }
        }

        return changed ? new string(chars) : null;
    }
}
