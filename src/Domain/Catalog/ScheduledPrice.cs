using Headless.Domain.Common;

namespace Headless.Domain.Catalog;

/// <summary>
/// A variant's price (and compare-at price) that takes effect at <see cref="EffectiveAt"/>. Kept as plain amounts
/// and one currency: the two prices of a variant always share it.
/// </summary>
public sealed record ScheduledPrice(decimal Amount, decimal? CompareAtAmount, string Currency, DateTimeOffset EffectiveAt)
{
    public Money Price => new(Amount, Currency);

    public Money? CompareAtPrice => CompareAtAmount is { } amount ? new Money(amount, Currency) : null;
}
