using System.Globalization;
using DoxGuard.Analysis;
using DoxGuard.Entities;
using DoxGuard.Recognizers.Support;

namespace DoxGuard.Recognizers;

/// <summary>
/// Latitude/longitude pairs: decimal ("41.77812, -87.70123"), with degree signs and hemispheres
/// ("41.77812° N, 87.70123° W"), degrees-minutes-seconds ("41°46'41.2\"N 87°42'04.4\"W"), labelled
/// ("lat 19.4326, long -99.1332") and the coordinates of map links ("@41.77812,-87.70123", "?q=..."). Latitude comes
/// first, as every map service writes it. A plain decimal pair needs at least three decimals on both numbers (a
/// few hundred metres); with exactly three it also needs a cue, because "1.500, 2.300" is how Spanish writes prices.
/// </summary>
internal sealed class GeoCoordinatesRecognizer : EntityRecognizer
{
    private static readonly CueWords Cues = new(
        "lat", "latitude", "latitud", "coords", "coordinates", "coordenadas", "gps", "location", "ubicación",
        "ubicacion", "maps", "pin", "geo", "lives at", "vive en", "position", "posición");

    private static readonly string[] LongitudeLabels = ["longitude", "longitud", "long", "lng", "lon"];

    public override string Name => "geo-coordinates";

    public override IReadOnlyList<EntityType> SupportedEntities { get; } = [EntityType.GeoCoordinates];

    private struct Component
    {
        public int Start;
        public int End;
        public double Value;
        public int Decimals;
        public bool Degree;
        public bool Minutes;
        public char Hemisphere;
        public bool Signed;
    }

    public override void Analyze(AnalysisContext context, ICollection<RecognizerResult> results)
    {
        string text = context.Text;
        if (!context.Traits.HasDigit || (!context.Traits.HasDot && !(context.Traits.HasNonAscii && text.Contains('°', StringComparison.Ordinal))))
        {
            return;
        }

        int i = text.AsSpan().IndexOfAnyInRange('0', '9');

        while (i >= 0 && i < text.Length)
        {
            int resume = i + 1;
            if (i == 0 || !(char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.'))
            {
                resume = TryPair(text, i, results);
            }
            else
            {
                while (resume < text.Length && char.IsAsciiDigit(text[resume]))
                {
                    resume++;
                }
            }

            int next = resume < text.Length ? text.AsSpan(resume).IndexOfAnyInRange('0', '9') : -1;
            i = next < 0 ? -1 : resume + next;
        }
    }

    // Returns where scanning resumes.
    private static int TryPair(string text, int digitStart, ICollection<RecognizerResult> results)
    {
        if (!TryComponent(text, digitStart, out Component lat))
        {
            return SkipNumber(text, digitStart);
        }

        int j = lat.End;
        int k = j;
        while (k < text.Length && text[k] == ' ' && k - j < 3)
        {
            k++;
        }

        if (k < text.Length && text[k] is ',' or ';' or '/')
        {
            k++;
        }

        while (k < text.Length && text[k] == ' ' && k - j < 6)
        {
            k++;
        }

        k = SkipLongitudeLabel(text, k);
        if (k == j && !(lat.Hemisphere != '\0' || lat.Degree))
        {
            return SkipNumber(text, digitStart);
        }

        int second = k;
        if (second < text.Length && text[second] is 'E' or 'W' or 'O' && second + 2 < text.Length && text[second + 1] == ' ' && char.IsAsciiDigit(text[second + 2]))
        {
            second += 2;
        }

        int lngDigit = second < text.Length && text[second] is '-' or '+' or '\u2212' ? second + 1 : second;
        if (lngDigit >= text.Length || !char.IsAsciiDigit(text[lngDigit]) || !TryComponent(text, lngDigit, out Component lng))
        {
            return SkipNumber(text, digitStart);
        }

        if (second < lng.Start && text[second] is 'E' or 'W' or 'O')
        {
            lng.Hemisphere = lng.Hemisphere == '\0' ? text[second] : lng.Hemisphere;
            lng.Start = second;
        }

        // A hemisphere letter before the first number ("N 41.77812, W 87.70123").
        if (lat.Hemisphere == '\0' && lat.Start >= 2 && text[lat.Start - 1] == ' ' && text[lat.Start - 2] is 'N' or 'S'
            && (lat.Start == 2 || !char.IsLetter(text[lat.Start - 3])))
        {
            lat.Hemisphere = text[lat.Start - 2];
            lat.Start -= 2;
        }

        if (!Score(text, lat, lng, out double score, out string explanation))
        {
            return lng.End;
        }

        double latitude = lat.Hemisphere == 'S' ? -Math.Abs(lat.Value) : lat.Value;
        double longitude = lng.Hemisphere is 'W' or 'O' ? -Math.Abs(lng.Value) : lng.Value;
        string normalized = string.Create(CultureInfo.InvariantCulture, $"{latitude:0.######},{longitude:0.######}");
        results.Add(new RecognizerResult(EntityType.GeoCoordinates, lat.Start, lng.End, score, explanation, normalized));
        return lng.End;
    }

    private static int SkipNumber(string text, int i)
    {
        while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] == '.'))
        {
            i++;
        }

        return i;
    }

    private static int SkipLongitudeLabel(string text, int k)
    {
        foreach (string label in LongitudeLabels)
        {
            if (text.AsSpan(k).StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                int m = k + label.Length;
                if (m < text.Length && char.IsLetter(text[m]))
                {
                    continue;
                }

                if (m < text.Length && text[m] is ':' or '=' or '.')
                {
                    m++;
                }

                while (m < text.Length && text[m] == ' ' && m - k < label.Length + 4)
                {
                    m++;
                }

                return m;
            }
        }

        return k;
    }

    private static bool Score(string text, Component lat, Component lng, out double score, out string explanation)
    {
        score = 0;
        explanation = "";
        if (Math.Abs(lat.Value) > 90 || Math.Abs(lng.Value) > 180
            || lat.Hemisphere is 'E' or 'W' or 'O' || lng.Hemisphere is 'N' or 'S')
        {
            return false;
        }

        bool marked = lat.Degree || lat.Hemisphere != '\0' || lng.Degree || lng.Hemisphere != '\0';
        int decimals = Math.Min(lat.Decimals, lng.Decimals);
        bool mapLink = lat.Start > 0 && text[lat.Start - 1] is '@' or '=';
        string? cue = Cues.FindNear(text, lat.Start, lng.End, 32, 16);

        if (marked)
        {
            // Whole degrees alone ("41° N 87° W") locate a region, not a person.
            if (!(lat.Minutes || decimals >= 2))
            {
                return false;
            }

            score = 0.95;
            explanation = lat.Minutes ? "coordinates in degrees, minutes and seconds" : "coordinates with hemispheres";
        }
        else if (decimals < 3)
        {
            return false;
        }
        else
        {
            score = mapLink ? 0.9 : decimals >= 4 ? 0.85 : 0.45;
            explanation = mapLink ? "map link coordinates" : "latitude/longitude pair";
        }

        if (cue is not null)
        {
            score = Math.Min(0.99, score + 0.3);
            explanation += $" with a '{cue}' cue";
        }

        return score >= 0.5;
    }

    private static bool TryComponent(string text, int digitStart, out Component c)
    {
        c = default;
        int start = digitStart;
        bool negative = false;
        if (digitStart > 0 && text[digitStart - 1] is '-' or '+' or '\u2212')
        {
            start--;
            negative = text[start] != '+';
            c.Signed = true;

            // "1990-2020" or "3-2": a dash after a digit is a range or a score, not a sign.
            if (start > 0 && char.IsAsciiDigit(text[start - 1]))
            {
                return false;
            }
        }

        if (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '$' or '€' or '£' or '#' or '_'))
        {
            return false;
        }

        int i = digitStart;
        int whole = ReadDigits(text, ref i);
        if (whole is < 1 or > 3)
        {
            return false;
        }

        int decimals = 0;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            decimals = ReadDigits(text, ref i);

            // "1.2.3" is a version, "1.2.3.4" an address.
            if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
            {
                return false;
            }
        }

        if (decimals > 12 || !double.TryParse(text.AsSpan(digitStart, i - digitStart), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
        {
            return false;
        }

        if (i < text.Length && text[i] is '°' or 'º' or '˚')
        {
            c.Degree = true;
            i++;
            int save = i;
            if (TryUnit(text, ref i, 60, out double minutes, IsMinuteMark))
            {
                c.Minutes = true;
                value += minutes / 60;
                save = i;
                if (TryUnit(text, ref i, 60, out double seconds, IsSecondMark))
                {
                    value += seconds / 3600;
                    save = i;
                }
            }

            i = save;
        }

        int h = i < text.Length && text[i] == ' ' ? i + 1 : i;
        if (h < text.Length && text[h] is 'N' or 'S' or 'E' or 'W' or 'O' && (h + 1 >= text.Length || !char.IsLetterOrDigit(text[h + 1])))
        {
            c.Hemisphere = text[h];
            i = h + 1;
        }
        else if (i < text.Length && (char.IsLetter(text[i]) || text[i] is '%' or '$' or '€'))
        {
            return false;
        }

        c.Start = start;
        c.End = i;
        c.Value = negative ? -value : value;
        c.Decimals = decimals;
        return true;
    }

    private static bool IsMinuteMark(string text, int i, out int length)
    {
        length = 1;
        return text[i] is '\'' or '′' or '’' or '´';
    }

    private static bool IsSecondMark(string text, int i, out int length)
    {
        length = text[i] == '\'' && i + 1 < text.Length && text[i + 1] == '\'' ? 2 : 1;
        return length == 2 || text[i] is '"' or '″' or '”';
    }

    private delegate bool MarkTest(string text, int i, out int length);

    private static bool TryUnit(string text, ref int i, double limit, out double value, MarkTest mark)
    {
        value = 0;
        int j = i < text.Length && text[i] == ' ' ? i + 1 : i;
        int start = j;
        if (ReadDigits(text, ref j) is < 1 or > 2)
        {
            return false;
        }

        if (j + 1 < text.Length && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            ReadDigits(text, ref j);
        }

        if (j >= text.Length || !mark(text, j, out int length)
            || !double.TryParse(text.AsSpan(start, j - start), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || value >= limit)
        {
            return false;
        }

        i = j + length;
        return true;
    }

    private static int ReadDigits(string text, ref int i)
    {
        int start = i;
        while (i < text.Length && char.IsAsciiDigit(text[i]) && i - start < 16)
        {
            i++;
        }

        return i - start;
    }

    public override IEnumerable<RecognizerExample> Examples =>
    [
        new("he lives at 41.77812, -87.70123 lol", EntityType.GeoCoordinates, "41.77812, -87.70123"),
        new("41°46'41.2\"N 87°42'04.4\"W", EntityType.GeoCoordinates, "41°46'41.2\"N 87°42'04.4\"W"),
        new("spot: 41.77812° N, 87.70123° W.", EntityType.GeoCoordinates, "41.77812° N, 87.70123° W"),
        new("https://www.google.com/maps/@41.77812,-87.70123,17z", EntityType.GeoCoordinates, "41.77812,-87.70123"),
        new("https://maps.google.com/?q=41.77812,-87.70123", EntityType.GeoCoordinates, "41.77812,-87.70123"),
        new("su casa está en lat 19.4326, long -99.1332", EntityType.GeoCoordinates, "19.4326, long -99.1332", "es"),
        new("N 41.77812, W 87.70123", EntityType.GeoCoordinates, "N 41.77812, W 87.70123"),
        new("mix 1.5, 2.3 cups", EntityType.GeoCoordinates, null),
        new("cost $41.99, $87.50", EntityType.GeoCoordinates, null),
        new("versions 1.2.3, 4.5.6", EntityType.GeoCoordinates, null),
        new("final 3-2, 1990-2020", EntityType.GeoCoordinates, null),
        new("out of range 95.12345, 200.12345", EntityType.GeoCoordinates, null),
        new("pagó 1.500, 2.300 pesos", EntityType.GeoCoordinates, null, "es"),
        new("ip 192.168.1.20, 10.0.0.1", EntityType.GeoCoordinates, null),
    ];
}
