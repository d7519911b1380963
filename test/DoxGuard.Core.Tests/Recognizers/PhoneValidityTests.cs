using DoxGuard.Recognizers;
using PhoneNumbers;

namespace DoxGuard.Tests.Recognizers;

public sealed class PhoneValidityTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    public static TheoryData<string> Regions => ["US", "CA", "MX", "ES"];

    private static int CountryCode(string region) => Util.GetCountryCodeForRegion(region);

    [Theory]
    [MemberData(nameof(Regions))]
    public void Create_RegionThePhoneRecognizerUses_IsCoveredByTheGeneratedPatterns(string region)
    {
        // Null means a pattern of the installed libphonenumber is missing from PhonePatterns.g.cs:
        // rerun `dotnet run tools/gen_phone_patterns.cs > src/DoxGuard.Core/Recognizers/PhonePatterns.g.cs`.
        Assert.NotNull(PhoneValidity.Create(Util, region));
    }

    [Theory]
    [InlineData("US", "7735512143", true)]
    [InlineData("US", "8005550000", true)] // toll-free
    [InlineData("US", "1235550143", false)] // no area code starts with 1
    [InlineData("CA", "4165551234", true)]
    [InlineData("CA", "7735512143", false)] // a Chicago area code is not Canadian
    [InlineData("MX", "5512345678", true)]
    [InlineData("MX", "0512345678", false)]
    [InlineData("ES", "612345678", true)]
    [InlineData("ES", "911234567", true)]
    [InlineData("ES", "112345678", false)]
    public void IsValid_KnownNumbers_AgreesWithTheLibrary(string region, string national, bool expected)
    {
        PhoneValidity validity = PhoneValidity.Create(Util, region)!;

        Assert.Equal(expected, LibraryIsValid(region, national));
        Assert.Equal(expected, validity.IsValid(national));
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void IsValid_ManyNumbersOfEveryLength_AgreesWithTheLibrary(string region)
    {
        PhoneValidity validity = PhoneValidity.Create(Util, region)!;
        var random = new Random(20261129);
        int disagreements = 0, valid = 0;
        for (int n = 0; n < 20_000; n++)
        {
            // Lengths 6..12 around every plan's 7, 9 and 10, first digit 1..9 as the recognizer passes them.
            int length = 6 + (n % 7);
            var digits = new char[length];
            digits[0] = (char)('1' + random.Next(9));
            for (int k = 1; k < length; k++)
            {
                digits[k] = (char)('0' + random.Next(10));
            }

            string national = new(digits);
            bool expected = LibraryIsValid(region, national);
            valid += expected ? 1 : 0;
            disagreements += expected == validity.IsValid(national) ? 0 : 1;
        }

        Assert.Equal(0, disagreements);
        Assert.True(valid > 100, $"only {valid} valid numbers drawn: the sample does not exercise the type patterns");
    }

    private static bool LibraryIsValid(string region, string national)
    {
        PhoneNumber number = new PhoneNumber.Builder().SetCountryCode(CountryCode(region)).SetNationalNumber(ulong.Parse(national, System.Globalization.CultureInfo.InvariantCulture)).Build();
        return Util.IsValidNumberForRegion(number, region);
    }
}
