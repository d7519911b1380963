using System.Text;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers.Addresses;

/// <summary>The form of an address the parser recognised.</summary>
internal enum AddressForm
{
    /// <summary>US street line: house number, street name, suffix ("409 Magnolia St").</summary>
    UsStreet,

    /// <summary>US highway or county road ("4500 Highway 61", "12 County Road 5").</summary>
    UsHighway,

    /// <summary>Post-office box ("P.O. Box 4411", "apartado de correos 123").</summary>
    PoBox,

    /// <summary>Spanish via type, name and number ("Calle de Alcalá 45", "Carrera 7 # 45-10").</summary>
    SpanishStreet,

    /// <summary>A street without a number, or a neighbourhood/postal code alone: needs a cue to count.</summary>
    Weak,
}

/// <summary>
/// An address split into its parts, every part in canonical form (upper case, USPS abbreviations, accents folded),
/// null when absent. <see cref="StreetLine"/> is what the registry compares ("6120 S KILBOURN AVE").
/// </summary>
internal sealed record ParsedAddress
{
    public required AddressForm Form { get; init; }

    public string? HouseNumber { get; init; }

    public string? PreDirectional { get; init; }

    public string? StreetName { get; init; }

    /// <summary>USPS suffix ("AVE") for US streets, cadastre via code ("CL", "AV") for Spanish ones.</summary>
    public string? Suffix { get; init; }

    public string? PostDirectional { get; init; }

    /// <summary>Canonical unit designator ("APT", "STE", "FL").</summary>
    public string? UnitDesignator { get; init; }

    /// <summary>Unit identifier ("4B").</summary>
    public string? Unit { get; init; }

    /// <summary>Neighbourhood (Mexican "colonia").</summary>
    public string? Neighborhood { get; init; }

    public string? City { get; init; }

    /// <summary>Two-letter USPS state code.</summary>
    public string? State { get; init; }

    /// <summary>ZIP or Spanish-speaking countries' postal code ("60629", "60629-1234", "28014").</summary>
    public string? PostalCode { get; init; }

    /// <summary>Canonical street line: "6120 S KILBOURN AVE", "CL ALCALA 45", "PO BOX 4411", "HWY 61".</summary>
    public string StreetLine
    {
        get
        {
            StringBuilder sb = ScratchBuilder.Acquire();
            AppendStreetLine(sb);
            return ScratchBuilder.ToStringAndRelease(sb);
        }
    }

    /// <summary>The whole address on one line: street line, unit, neighbourhood, city, state and postal code.</summary>
    public string ToCanonicalString()
    {
        // Built in one builder: the street line as a string of its own was only copied into this one.
        StringBuilder sb = ScratchBuilder.Acquire();
        AppendStreetLine(sb);
        if (Unit is not null)
        {
            Append(sb, UnitDesignator ?? "APT");
            Append(sb, Unit);
        }

        if (Neighborhood is not null)
        {
            sb.Append(sb.Length > 0 ? ", COL " : "COL ").Append(Neighborhood);
        }

        if (City is not null)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty).Append(City);
        }

        if (State is not null || PostalCode is not null)
        {
            sb.Append(sb.Length > 0 ? ", " : string.Empty);
            if (State is not null)
            {
                sb.Append(State);
            }

            Append(sb, PostalCode);
        }

        return ScratchBuilder.ToStringAndRelease(sb);
    }

    private void AppendStreetLine(StringBuilder sb)
    {
        switch (Form)
        {
            case AddressForm.SpanishStreet:
                Append(sb, Suffix);
                Append(sb, StreetName);
                Append(sb, HouseNumber);
                break;
            case AddressForm.PoBox:
                Append(sb, "PO BOX");
                Append(sb, HouseNumber);
                break;
            default:
                Append(sb, HouseNumber);
                Append(sb, PreDirectional);
                Append(sb, StreetName);
                Append(sb, Suffix);
                Append(sb, PostDirectional);
                break;
        }
    }

    private static void Append(StringBuilder sb, string? part)
    {
        if (string.IsNullOrEmpty(part))
        {
            return;
        }

        if (sb.Length > 0 && sb[^1] != ' ')
        {
            sb.Append(' ');
        }

        sb.Append(part);
    }
}
