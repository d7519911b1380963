using System.Text.RegularExpressions;
using PhoneNumbers;

namespace DoxGuard.Recognizers;

/// <summary>
/// libphonenumber's <see cref="PhoneNumberUtil.IsValidNumberForRegion"/> for a national number of one region, with
/// the metadata's own patterns compiled by the regex source generator (<see cref="PhonePatterns"/>). Under Native AOT
/// the library interprets its patterns, which made validation most of the phone recognizer's cost; the answer is the
/// library's, by the same rule over the same patterns: the number must match the general description and then one
/// number type (premium, toll-free... fixed line, mobile), each with its possible lengths.
/// </summary>
/// <remarks>
/// Built from the metadata at run time: should a library upgrade bring a pattern the generated set lacks, the region
/// falls back to the library itself (still correct, only slower), and the tests name the tool to rerun.
/// </remarks>
internal sealed class PhoneValidity
{
    private readonly Desc _general;
    private readonly Desc[] _types;

    private PhoneValidity(Desc general, Desc[] types)
    {
        _general = general;
        _types = types;
    }

    /// <summary>The validator of <paramref name="region"/>, or null when the generated patterns do not cover it.</summary>
    public static PhoneValidity? Create(PhoneNumberUtil util, string region)
    {
        ArgumentNullException.ThrowIfNull(util);
        PhoneMetadata? metadata = util.GetMetadataForRegion(region);
        if (metadata is null || !metadata.GeneralDesc.HasNationalNumberPattern || !TryDesc(metadata.GeneralDesc, out Desc? general) || general is null)
        {
            return null;
        }

        // The library's order; with identical fixed-line and mobile patterns it never tries the mobile one.
        PhoneNumberDesc[] descs =
        [
            metadata.PremiumRate, metadata.TollFree, metadata.SharedCost, metadata.Voip, metadata.PersonalNumber,
            metadata.Pager, metadata.Uan, metadata.Voicemail, metadata.FixedLine,
        ];
        var types = new List<Desc>();
        foreach (PhoneNumberDesc desc in metadata.SameMobileAndFixedLinePattern ? descs : [.. descs, metadata.Mobile])
        {
            if (!TryDesc(desc, out Desc? type))
            {
                return null;
            }

            if (type is not null)
            {
                types.Add(type);
            }
        }

        return new PhoneValidity(general, [.. types]);
    }

    /// <summary>
    /// True when the national significant number <paramref name="national"/> (digits, no leading zero) is valid for
    /// the region.
    /// </summary>
    public bool IsValid(ReadOnlySpan<char> national)
    {
        if (!_general.Matches(national))
        {
            return false;
        }

        foreach (Desc type in _types)
        {
            if (type.Matches(national))
            {
                return true;
            }
        }

        return false;
    }

    // A description without a pattern matches nothing (type null); one whose pattern was not generated fails.
    private static bool TryDesc(PhoneNumberDesc desc, out Desc? result)
    {
        result = null;
        if (string.IsNullOrEmpty(desc.NationalNumberPattern))
        {
            return true;
        }

        if (!PhonePatterns.ByPattern.TryGetValue(desc.NationalNumberPattern, out Regex? regex))
        {
            return false;
        }

        result = new Desc([.. desc.PossibleLengthList], regex);
        return true;
    }

    private sealed class Desc(int[] possibleLengths, Regex pattern)
    {
        // Lengths first, as the library does: with no lengths listed the general description's apply, already checked.
        public bool Matches(ReadOnlySpan<char> national) =>
            (possibleLengths.Length == 0 || Array.IndexOf(possibleLengths, national.Length) >= 0) && pattern.IsMatch(national);
    }
}
