using Headless.Domain.Checkout;

namespace Headless.Domain.Tests.Checkout;

public sealed class AddressRulesTests
{
    private static Address In(string country, string? postalCode, string? region = null) =>
        new("Ada", "Lovelace", "1 Main Street", null, "Town", region, postalCode, country);

    [Theory]
    [InlineData("US", "94103", "CA")]
    [InlineData("US", "94103-1234", "CA")]
    [InlineData("CN", "100000", "Beijing")]
    [InlineData("GB", "SW1A 1AA", null)]
    [InlineData("GB", "m11ae", null)]
    [InlineData("GB", "EC1A 1BB", null)]
    [InlineData("DE", "10115", null)]
    [InlineData("FR", "75001", null)]
    [InlineData("JP", "100-0001", "Tokyo")]
    [InlineData("JP", "1000001", "Tokyo")]
    [InlineData("NZ", "6011", null)]
    public void WellFormedAddressesPass(string country, string postalCode, string? region)
    {
        Assert.Empty(AddressRules.Validate(In(country, postalCode, region)));
    }

    [Theory]
    [InlineData("US", "9410", "CA")]
    [InlineData("US", "94103-12", "CA")]
    [InlineData("CN", "10000", "Beijing")]
    [InlineData("GB", "SW1A", null)]
    [InlineData("GB", "12345", null)]
    [InlineData("DE", "1011", null)]
    [InlineData("DE", "ABCDE", null)]
    [InlineData("FR", "750011", null)]
    [InlineData("JP", "100-001", "Tokyo")]
    public void MalformedPostalCodesNameThePostalCodeField(string country, string postalCode, string? region)
    {
        var problem = Assert.Single(AddressRules.Validate(In(country, postalCode, region)));

        Assert.Equal("postalCode", problem.Field);
        Assert.Contains(country, problem.Message);
    }

    [Theory]
    [InlineData("ZZ")]
    [InlineData("XK")]
    [InlineData("AA")]
    [InlineData("UK")]
    public void CodesThatNameNoAssignedCountryAreRejectedOnTheCountryCode(string country)
    {
        var problem = Assert.Single(AddressRules.Validate(In(country, "12345")));

        Assert.Equal("countryCode", problem.Field);
        Assert.Contains(country, problem.Message);
    }

    [Fact]
    public void EveryAssignedCountryIsAcceptedAndThereAre249()
    {
        Assert.Equal(249, IsoCountryCodes.Count);
        Assert.All(new[] { "DE", "NZ", "AX", "SS", "CW", "TW", "PS" }, code => Assert.True(IsoCountryCodes.IsAssigned(code), code));
    }

    [Theory]
    [InlineData("US", "94103")]
    [InlineData("CN", "100000")]
    [InlineData("JP", "100-0001")]
    public void CountriesThatNeedARegionSayWhenItIsMissing(string country, string postalCode)
    {
        Assert.Equal("region", Assert.Single(AddressRules.Validate(In(country, postalCode))).Field);
    }

    [Theory]
    [InlineData("US")]
    [InlineData("CN")]
    [InlineData("GB")]
    [InlineData("DE")]
    [InlineData("FR")]
    [InlineData("JP")]
    public void CountriesWithAFormatRequireAPostalCode(string country)
    {
        Assert.Contains(AddressRules.Validate(In(country, null, "Region")), p => p.Field == "postalCode");
    }

    [Fact]
    public void EveryMissingRequiredFieldIsNamed()
    {
        var problems = AddressRules.Validate(new Address(" ", null, "", null, null, null, "10115", "DE"));

        Assert.Equal(["firstName", "lastName", "line1", "city"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData("")]
    [InlineData("DEU")]
    [InlineData("1X")]
    public void CountryMustBeATwoLetterCode(string country)
    {
        Assert.Equal("countryCode", Assert.Single(AddressRules.Validate(In(country, "10115"))).Field);
    }

    [Fact]
    public void AddressesAreNormalized()
    {
        var address = new Address(" Ada ", "Lovelace", "1 Main", "  ", "Town", null, " sw1a 1aa ", "gb");

        Assert.Equal(("Ada", null, "SW1A 1AA", "GB"), (address.FirstName, address.Line2, address.PostalCode, address.CountryCode));
    }
}
