using System.Buffers;

namespace DoxGuard.Recognizers.Addresses;

/// <summary>
/// Reads an address written any common way into its parts and a canonical USPS-style street line, with the same
/// parser the recognizer uses, so a registered address and a span found in a post compare equal when they name the
/// same place ("6120 South Kilbourn Avenue" and "6120 s kilbourn ave" → "6120 S KILBOURN AVE").
/// </summary>
internal static class AddressCanonicalizer
{
    /// <summary>
    /// Parses the first address in <paramref name="text"/>: US street, highway or PO box, Spanish via address, or
    /// a partial form (street without city, neighbourhood alone). False when nothing address-like is found.
    /// </summary>
    public static bool TryParse(string text, out ParsedAddress address)
    {
        ArgumentNullException.ThrowIfNull(text);
        address = null!;
        AddressToken[] buffer = ArrayPool<AddressToken>.Shared.Rent(text.Length + 1);
        try
        {
            int count = AddressTokenizer.Tokenize(text, buffer);
            ReadOnlySpan<AddressToken> tokens = buffer.AsSpan(0, count);
            ParsedAddress? weak = null;
            for (int i = 0; i < tokens.Length; i++)
            {
                if (AddressParser.TryParseUs(text, tokens, i, out AddressMatch match)
                    || AddressParser.TryParseSpanish(text, tokens, i, spanishPost: true, out match))
                {
                    if (match.Address.Form != AddressForm.Weak && match.Score >= 0.5)
                    {
                        address = match.Address;
                        return true;
                    }

                    weak ??= match.Address;
                }
            }

            if (weak is not null)
            {
                address = weak;
                return true;
            }

            return false;
        }
        finally
        {
            ArrayPool<AddressToken>.Shared.Return(buffer);
        }
    }

    /// <summary>The canonical street line of <paramref name="text"/>, or null when it holds no address.</summary>
    public static string? CanonicalStreetLine(string text) => TryParse(text, out ParsedAddress a) ? a.StreetLine : null;
}
