using System.Numerics;
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
    /// <remarks>
    /// One vectorized pass answers every question at once: six separate searches, and one more search per digit to
    /// count them, walked the post seven times and more.
    /// </remarks>
    public static TextTraits Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        ReadOnlySpan<ushort> span = MemoryMarshal.Cast<char, ushort>(text.AsSpan());
        ref ushort start = ref MemoryMarshal.GetReference(span);
        int n = span.Length;
        int i = 0;
        int digits = 0;
        bool at = false, nonAscii = false, dot = false, slash = false, colon = false;

        if (Vector256.IsHardwareAccelerated && n >= Vector256<ushort>.Count)
        {
            Vector256<ushort> anyAt = Vector256<ushort>.Zero, anyHigh = anyAt, anyDot = anyAt, anySlash = anyAt, anyColon = anyAt;
            for (; i <= n - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> v = Vector256.LoadUnsafe(ref start, (nuint)i);
                Vector256<ushort> digit = Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                digits += BitOperations.PopCount(digit.ExtractMostSignificantBits());
                anyAt |= Vector256.Equals(v, Vector256.Create((ushort)'@'));
                anyHigh |= Vector256.GreaterThan(v, Vector256.Create((ushort)0x7F));
                anyDot |= Vector256.Equals(v, Vector256.Create((ushort)'.'));
                anySlash |= Vector256.Equals(v, Vector256.Create((ushort)'/'));
                anyColon |= Vector256.Equals(v, Vector256.Create((ushort)':'));
            }

            at = anyAt != Vector256<ushort>.Zero;
            nonAscii = anyHigh != Vector256<ushort>.Zero;
            dot = anyDot != Vector256<ushort>.Zero;
            slash = anySlash != Vector256<ushort>.Zero;
            colon = anyColon != Vector256<ushort>.Zero;
        }
        else if (Vector128.IsHardwareAccelerated && n >= Vector128<ushort>.Count)
        {
            Vector128<ushort> anyAt = Vector128<ushort>.Zero, anyHigh = anyAt, anyDot = anyAt, anySlash = anyAt, anyColon = anyAt;
            for (; i <= n - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> v = Vector128.LoadUnsafe(ref start, (nuint)i);
                Vector128<ushort> digit = Vector128.LessThanOrEqual(v - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                digits += BitOperations.PopCount(digit.ExtractMostSignificantBits());
                anyAt |= Vector128.Equals(v, Vector128.Create((ushort)'@'));
                anyHigh |= Vector128.GreaterThan(v, Vector128.Create((ushort)0x7F));
                anyDot |= Vector128.Equals(v, Vector128.Create((ushort)'.'));
                anySlash |= Vector128.Equals(v, Vector128.Create((ushort)'/'));
                anyColon |= Vector128.Equals(v, Vector128.Create((ushort)':'));
            }

            at = anyAt != Vector128<ushort>.Zero;
            nonAscii = anyHigh != Vector128<ushort>.Zero;
            dot = anyDot != Vector128<ushort>.Zero;
            slash = anySlash != Vector128<ushort>.Zero;
            colon = anyColon != Vector128<ushort>.Zero;
        }

        for (; i < n; i++)
        {
            ushort c = span[i];
            digits += (uint)(c - '0') <= 9 ? 1 : 0;
            at |= c == '@';
            nonAscii |= c > 0x7F;
            dot |= c == '.';
            slash |= c == '/';
            colon |= c == ':';
        }

        return new TextTraits(digits, at, nonAscii, dot, slash, colon);
    }
}
