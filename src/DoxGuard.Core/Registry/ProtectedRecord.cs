namespace DoxGuard.Registry;

/// <summary>
/// One protected person's details as imported (one JSON Lines record). It exists only while being imported: the
/// registry keeps keyed hashes of the normalized details, never this.
/// </summary>
/// <param name="Id">Record id, reported in the <c>protected</c> field of a match; must not itself be a personal detail.</param>
/// <param name="Names">Full names ("Daniel Kwiatkowski").</param>
/// <param name="Addresses">Home addresses ("6120 S Kilbourn Ave, Chicago IL 60629").</param>
/// <param name="Phones">Phone numbers, E.164 or North American.</param>
/// <param name="Emails">Email addresses.</param>
/// <param name="Plates">Licence plates, optionally with a state code ("IL DV43317").</param>
/// <param name="Relatives">Relatives' names; a given name alone is paired with the person's surnames.</param>
public sealed record ProtectedRecord(
    string Id,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Addresses,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Plates,
    IReadOnlyList<string> Relatives);

/// <summary>A line of an import that was not imported, and why.</summary>
/// <param name="Line">1-based line number in the input.</param>
/// <param name="Message">What was wrong, without echoing the detail itself.</param>
public sealed record ImportError(int Line, string Message);

/// <summary>The outcome of an import.</summary>
/// <param name="Imported">Records added or replaced.</param>
/// <param name="Errors">Lines rejected, by line number.</param>
public sealed record ImportReport(int Imported, IReadOnlyList<ImportError> Errors);
