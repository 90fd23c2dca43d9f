using Headless.Domain.Common;
using Headless.Domain.Tests.Builders;

namespace Headless.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("E1R")]
    [InlineData("")]
    public void CurrencyMustBeThreeUpperCaseLetters(string currency) =>
        DomainAssert.Fails(CommonErrorCodes.InvalidCurrency, () => _ = new Money(1m, currency));

    [Fact]
    public void AmountCannotBeNegative() =>
        DomainAssert.Fails(CommonErrorCodes.NegativeAmount, () => _ = new Money(-0.01m, "EUR"));

    [Fact]
    public void ZeroIsAValidPrice() => Assert.Equal(0m, new Money(0m, "CNY").Amount);

    [Fact]
    public void MoniesAreEqualByValue() => Assert.Equal(new Money(9.90m, "EUR"), new Money(9.90m, "EUR"));

    [Fact]
    public void AmountsInDifferentCurrenciesCannotBeCompared() =>
        DomainAssert.Fails(CommonErrorCodes.CurrencyMismatch, () => new Money(1m, "EUR").IsGreaterThan(new Money(1m, "USD")));

    [Fact]
    public void AddingAndMultiplyingKeepTheCurrency()
    {
        var total = new Money(2.50m, "EUR").Multiply(3).Add(new Money(1m, "EUR"));

        Assert.Equal(new Money(8.50m, "EUR"), total);
    }
}
