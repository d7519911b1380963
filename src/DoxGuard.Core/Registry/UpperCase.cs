using System.Buffers;
using System.Text;

namespace DoxGuard.Registry;

/// <summary>Upper-cases candidate text for plates and street cores.</summary>
internal static class UpperCase
{
    /// <summary>
    /// <see cref="MemoryExtensions.ToUpperInvariant"/> into <paramref name="destination"/> with the same result, the
    /// characters written or -1 when it does not fit. Span casing walks the invariant casing tables a character at a
    /// time (~1.5 % of the matcher's samples on plate windows and street cores); nearly every token is ASCII, which
    /// <see cref="Ascii.ToUpper(ReadOnlySpan{char}, Span{char}, out int)"/> cases vectorized.
    /// </summary>
    public static int Write(ReadOnlySpan<char> source, Span<char> destination)
    {
        if (source.Length <= destination.Length && Ascii.ToUpper(source, destination, out int written) == OperationStatus.Done)
        {
            return written;
        }

        return source.ToUpperInvariant(destination);
    }
}
