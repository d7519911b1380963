using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DoxGuard.Analysis;

/// <summary>
/// Cheap facts about a post's normalized text, computed once in one vectorized pass, so that each recognizer can
/// return at once when its entity cannot occur (no digit: no phone, card, SSN, IP...). Most posts carry no
/// personal information at all, and every recognizer runs on every post.
/// </summary>
public readonly record struct TextTraits(int Digits, bool HasAt, bool HasNonAscii, bool HasDot, bool HasSlash, bool HasColon)
{
    /// <summary>True when the text has at least one ASCII digit.</summary>
    public bool HasDigit => Digits > 0;

    /// <summary>Computes the traits of <paramref name="text"/>.</summary>
    public static TextTraits Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<char> span = text;
        int digits = 0;
        bool at = false, nonAscii = false, dot = false, slash = false, colon = false;
        int i = 0;
        if (Vector128.IsHardwareAccelerated && span.Length >= Vector128<ushort>.Count)
        {
            // One pass, eight characters at a time, for all six facts: a search per fact (and one per digit, to
            // count them) walked a post up to a dozen times.
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(span));
            Vector128<ushort> zero = Vector128.Create((ushort)'0'), nine = Vector128.Create((ushort)9);
            Vector128<ushort> ats = Vector128<ushort>.Zero, highs = Vector128<ushort>.Zero, dots = Vector128<ushort>.Zero;
            Vector128<ushort> slashes = Vector128<ushort>.Zero, colons = Vector128<ushort>.Zero;
            int last = span.Length - Vector128<ushort>.Count;
            for (; i <= last; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref first, (nuint)i);
                digits += BitOperations.PopCount(Vector128.LessThanOrEqual(v - zero, nine).ExtractMostSignificantBits());
                ats |= Vector128.Equals(v, Vector128.Create((ushort)'@'));
                highs |= Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F));
                dots |= Vector128.Equals(v, Vector128.Create((ushort)'.'));
                slashes |= Vector128.Equals(v, Vector128.Create((ushort)'/'));
                colons |= Vector128.Equals(v, Vector128.Create((ushort)':'));
            }

            at = ats != Vector128<ushort>.Zero;
            nonAscii = highs != Vector128<ushort>.Zero;
            dot = dots != Vector128<ushort>.Zero;
            slash = slashes != Vector128<ushort>.Zero;
            colon = colons != Vector128<ushort>.Zero;
        }

        for (; i < span.Length; i++)
        {
            char c = span[i];
            digits += char.IsAsciiDigit(c) ? 1 : 0;
            at |= c == '@';
            nonAscii |= c > '\u007f';
            dot |= c == '.';
            slash |= c == '/';
            colon |= c == ':';
        }

        return new TextTraits(digits, at, nonAscii, dot, slash, colon);
    }
}
