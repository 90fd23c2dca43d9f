using Headless.Domain.SeedWork;

namespace Headless.Domain.Common;

/// <summary>A non-negative amount in an ISO 4217 currency (three upper-case letters, e.g. EUR).</summary>
public sealed record Money
{
    public Money(decimal amount, string currency)
    {
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new DomainException(
                CommonErrorCodes.InvalidCurrency,
                $"Currency must be an ISO 4217 code of three upper-case letters, was '{currency}'.");
        }

        if (amount < 0)
        {
            throw new DomainException(CommonErrorCodes.NegativeAmount, $"An amount cannot be negative, was {amount}.");
        }

        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero(string currency) => new(0m, currency);

    public bool IsGreaterThan(Money other)
    {
        EnsureSameCurrency(other);
        return Amount > other.Amount;
    }

    public Money Add(Money other)
    {
        EnsureSameCurrency(other);
        return new Money(Amount + other.Amount, Currency);
    }

    public Money Multiply(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(quantity);
        return new Money(Amount * quantity, Currency);
    }

    public override string ToString() => $"{Amount:0.00##} {Currency}";

    private void EnsureSameCurrency(Money other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Currency != Currency)
        {
            throw new DomainException(
                CommonErrorCodes.CurrencyMismatch,
                $"Cannot combine {Currency} with {other.Currency}.");
        }
    }
}
