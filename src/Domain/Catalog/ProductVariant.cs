using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>
/// A purchasable version of a product (a SKU), distinguished from its siblings by its options.
/// Created and changed only through its <see cref="Product"/>.
/// </summary>
public sealed class ProductVariant : Entity
{
    public const int MaxSkuLength = 64;

    public const int MaxScheduledPrices = 20;

    private readonly List<VariantOption> _options = [];
    private readonly List<ScheduledPrice> _scheduledPrices = [];

    internal ProductVariant(Guid productId, string sku, IEnumerable<VariantOption> options, Money price, Money? compareAtPrice, int position)
    {
        ProductId = productId;
        Sku = ValidSku(sku);
        foreach (var option in options)
        {
            if (_options.Any(o => string.Equals(o.Name, option.Name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new DomainException(
                    CatalogErrorCodes.DuplicateOptionName,
                    $"Variant '{sku}' has option '{option.Name}' twice.");
            }

            _options.Add(option);
        }

        Position = position;
        (Price, CompareAtPrice) = ValidPrices(price, compareAtPrice);
    }

    // For EF Core materialization.
    private ProductVariant()
    {
        Sku = null!;
        Price = null!;
    }

    public Guid ProductId { get; private set; }

    public string Sku { get; private set; }

    public int Position { get; private set; }

    public Money Price { get; private set; }

    /// <summary>The "was" price shown struck through; always above <see cref="Price"/> when present.</summary>
    public Money? CompareAtPrice { get; private set; }

    public bool IsOnSale => CompareAtPrice is not null;

    /// <summary>Ordered by name: the stores keep no order of their own, and "Colour, Storage" reads the same everywhere.</summary>
    public IReadOnlyList<VariantOption> Options =>
        _options.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToList().AsReadOnly();

    public string? OptionValue(string name) =>
        _options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))?.Value;

    internal bool HasSameOptionsAs(IReadOnlyCollection<VariantOption> options) =>
        options.Count == _options.Count
        && _options.All(mine => options.Any(other =>
            string.Equals(mine.Name, other.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(mine.Value, other.Value, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Prices waiting for their time, earliest first.</summary>
    public IReadOnlyList<ScheduledPrice> ScheduledPrices => _scheduledPrices.OrderBy(s => s.EffectiveAt).ToList().AsReadOnly();

    internal void Reprice(Money price, Money? compareAtPrice) =>
        (Price, CompareAtPrice) = ValidPrices(price, compareAtPrice);

    /// <summary>Adds a scheduled price; one already set for the same instant is replaced.</summary>
    internal ScheduledPrice Schedule(Money price, Money? compareAtPrice, DateTimeOffset effectiveAt)
    {
        var (valid, validCompareAt) = ValidPrices(price, compareAtPrice);
        var utc = effectiveAt.ToUniversalTime();
        _scheduledPrices.RemoveAll(s => s.EffectiveAt == utc);
        if (_scheduledPrices.Count >= MaxScheduledPrices)
        {
            throw new DomainException(CatalogErrorCodes.TooManyItems, $"A variant has at most {MaxScheduledPrices} scheduled prices.");
        }

        var scheduled = new ScheduledPrice(valid.Amount, validCompareAt?.Amount, valid.Currency, utc);
        _scheduledPrices.Add(scheduled);
        return scheduled;
    }

    /// <summary>Removes the scheduled prices that are due and returns the latest of them, if any.</summary>
    internal ScheduledPrice? TakeDuePrice(DateTimeOffset now)
    {
        var due = _scheduledPrices.Where(s => s.EffectiveAt <= now).OrderBy(s => s.EffectiveAt).ToList();
        if (due.Count == 0)
        {
            return null;
        }

        _scheduledPrices.RemoveAll(due.Contains);
        return due[^1];
    }

    internal static string ValidSku(string? sku)
    {
        var valid = !string.IsNullOrEmpty(sku)
            && sku.Length <= MaxSkuLength
            && char.IsAsciiLetterOrDigit(sku[0])
            && sku.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        return valid
            ? sku!
            : throw new DomainException(
                CatalogErrorCodes.InvalidSku,
                $"A SKU starts with a letter or digit and uses letters, digits, '-', '_' or '.' (at most {MaxSkuLength}), was '{sku}'.");
    }

    private static (Money Price, Money? CompareAtPrice) ValidPrices(Money price, Money? compareAtPrice)
    {
        ArgumentNullException.ThrowIfNull(price);
        if (compareAtPrice is not null)
        {
            if (compareAtPrice.Currency != price.Currency)
            {
                throw new DomainException(
                    CommonErrorCodes.CurrencyMismatch,
                    $"The compare-at price is in {compareAtPrice.Currency} but the price is in {price.Currency}.");
            }

            if (!compareAtPrice.IsGreaterThan(price))
            {
                throw new DomainException(
                    CatalogErrorCodes.CompareAtPriceNotAbovePrice,
                    $"The compare-at price ({compareAtPrice}) must exceed the price ({price}).");
            }
        }

        return (price, compareAtPrice);
    }
}
