namespace DoxGuard.Entities;

/// <summary>The kinds of personal information the engine recognises (contract.md, "entities").</summary>
public enum EntityType
{
    Person,
    PhoneNumber,
    EmailAddress,
    StreetAddress,
    UsSsn,
    DateOfBirth,
    LicensePlate,
    IpAddress,
    GeoCoordinates,
    CreditCard,
    SocialHandle,
    Url,
}

/// <summary>Wire names of <see cref="EntityType"/> as the contract spells them.</summary>
public static class EntityTypeNames
{
    private static readonly string[] Names =
    [
        "PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "STREET_ADDRESS", "US_SSN", "DATE_OF_BIRTH",
        "LICENSE_PLATE", "IP_ADDRESS", "GEO_COORDINATES", "CREDIT_CARD", "SOCIAL_HANDLE", "URL",
    ];

    /// <summary>The contract name, e.g. <c>PHONE_NUMBER</c>.</summary>
    public static string ToWireName(this EntityType type) => Names[(int)type];

    /// <summary>Parses a contract name; false when it is not one.</summary>
    public static bool TryParse(string name, out EntityType type)
    {
        int index = Array.IndexOf(Names, name);
        type = (EntityType)Math.Max(index, 0);
        return index >= 0;
    }
}
