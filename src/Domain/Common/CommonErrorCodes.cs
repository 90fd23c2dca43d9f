namespace Headless.Domain.Common;

/// <summary>Stable codes for rules on shared value objects.</summary>
public static class CommonErrorCodes
{
    public const string InvalidCurrency = "money.invalid_currency";
    public const string NegativeAmount = "money.negative_amount";
    public const string CurrencyMismatch = "money.currency_mismatch";
}
