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

    private readonly List<VariantOption> _options = [];

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

    internal void Reprice(Money price, Money? compareAtPrice) =>
        (Price, CompareAtPrice) = ValidPrices(price, compareAtPrice);

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
