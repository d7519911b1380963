namespace DoxGuard.Recognizers;

/// <summary>
/// The explicit table of recognizers the engine runs. Registration is by hand, not by reflection, so the set is
/// visible in one place; a duplicate name fails at construction.
/// </summary>
public sealed class RecognizerCatalog
{
    private readonly EntityRecognizer[] _recognizers;

    /// <summary>Creates a catalog from <paramref name="recognizers"/>; names must be unique.</summary>
    public RecognizerCatalog(IEnumerable<EntityRecognizer> recognizers)
    {
        _recognizers = [.. recognizers];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (EntityRecognizer recognizer in _recognizers)
        {
            if (!seen.Add(recognizer.Name))
            {
                throw new InvalidOperationException($"Two recognizers are registered under the name '{recognizer.Name}'.");
            }
        }
    }

    /// <summary>The recognizers in the order they run.</summary>
    public IReadOnlyList<EntityRecognizer> Recognizers => _recognizers;

    /// <summary>The same recognizers as a span: the engine walks them on every post without an enumerator.</summary>
    internal ReadOnlySpan<EntityRecognizer> Span => _recognizers;

    /// <summary>Every built-in recognizer, one line each.</summary>
    public static RecognizerCatalog CreateDefault() => new(
    [
        // One line per recognizer; keep the list sorted by entity family.
        new Names.PersonRecognizer(),
        new DateOfBirthRecognizer(),
        new SocialHandleRecognizer(),
        new PhoneRecognizer(),
        new EmailRecognizer(),
        new UrlRecognizer(),
        new IpAddressRecognizer(),
        new CreditCardRecognizer(),
        new UsSsnRecognizer(),
        new GeoCoordinatesRecognizer(),
        new Addresses.StreetAddressRecognizer(),
        new LicensePlateRecognizer(),
    ]);
}
