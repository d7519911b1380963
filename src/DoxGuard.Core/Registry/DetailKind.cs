namespace DoxGuard.Registry;

/// <summary>
/// What a keyed hash stands for. The value is hashed together with the canonical detail, so the kinds never collide.
/// Address qualifiers bind a part of the address (ZIP, city...) to its street core; each has a "none" marker so that a
/// record without that part is not rejected when a post names one. Values are persisted: never renumber.
/// </summary>
internal enum DetailKind : byte
{
    Phone = 1,
    Email = 2,
    Plate = 3,

    /// <summary>A person's or a relative's "given surname" pair.</summary>
    Name = 4,

    /// <summary>House number + street name words, without directional, suffix or unit ("6120 KILBOURN").</summary>
    AddressCore = 10,
    AddressDirectional = 11,
    AddressNoDirectional = 12,
    AddressSuffix = 13,
    AddressNoSuffix = 14,
    AddressUnit = 15,
    AddressNoUnit = 16,
    AddressZip = 17,
    AddressNoZip = 18,
    AddressCity = 19,
    AddressNoCity = 20,
    AddressState = 21,
    AddressNoState = 22,
}
