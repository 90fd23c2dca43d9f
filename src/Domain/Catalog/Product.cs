using Headless.Domain.Catalog.Events;
using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog;

/// <summary>
/// Something the shop sells, with its variants, images and attributes. Slugs and SKUs are unique
/// across the catalog; the database enforces that, the aggregate enforces it among its own variants.
/// </summary>
public sealed class Product : AggregateRoot
{
    public const int MaxNameLength = 200;
    public const int MaxDescriptionLength = 4000;
    public const int MaxSlugLength = SlugRule.MaxLength;

    private readonly List<ProductVariant> _variants = [];
    private readonly List<ProductImage> _images = [];
    private readonly List<ProductAttribute> _attributes = [];

    public Product(string slug, string name, string description, ProductKind kind, Guid categoryId, DateTimeOffset createdAt)
    {
        Slug = SlugRule.Validate(slug);
        Name = ValidName(name);
        Description = ValidDescription(description);
        Kind = Enum.IsDefined(kind)
            ? kind
            : throw new DomainException(CatalogErrorCodes.InvalidKind, $"Unknown product kind {kind}.");
        CategoryId = Guard.Id(categoryId, CatalogErrorCodes.CategoryRequired, "A category");
        CreatedAt = createdAt.ToUniversalTime();
        AddDomainEvent(new ProductCreated(Id, Slug));
    }

    // For EF Core materialization.
    private Product()
    {
        Slug = null!;
        Name = null!;
        Description = null!;
    }

    public string Slug { get; private set; }

    public string Name { get; private set; }

    public string Description { get; private set; }

    public ProductKind Kind { get; private set; }

    /// <summary>Digital goods and services are delivered without a parcel.</summary>
    public bool RequiresShipping => Kind == ProductKind.Physical;

    /// <summary>Only physical goods are counted in stock levels; digital goods and services never run out.</summary>
    public bool TracksInventory => Kind == ProductKind.Physical;

    public Guid CategoryId { get; private set; }

    /// <summary>What a service needs from the shopper (a phone number, an account number); null when nothing.</summary>
    public ServiceRecipient? RecipientField { get; private set; }

    /// <summary>The ISO 3166-1 country a phone number must belong to; null when any country will do.</summary>
    public string? RecipientCountry { get; private set; }

    /// <summary>Declares that buying this service needs a recipient; only services take one.</summary>
    public void RequireRecipient(ServiceRecipient field, string? countryCode)
    {
        if (Kind != ProductKind.Service || !Enum.IsDefined(field))
        {
            throw new DomainException(CatalogErrorCodes.InvalidKind, "Only services take a recipient.");
        }

        RecipientField = field;
        RecipientCountry = countryCode is null ? null : Guard.Text(countryCode, 2, CatalogErrorCodes.InvalidKind, "A country code").ToUpperInvariant();
    }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>A non-negative ranking signal (e.g. recent sales); higher sorts first in "popular" listings.</summary>
    public int PopularityScore { get; private set; }

    public IReadOnlyList<ProductVariant> Variants => _variants.OrderBy(v => v.Position).ToList().AsReadOnly();

    public IReadOnlyList<ProductImage> Images => _images.OrderBy(i => i.Position).ToList().AsReadOnly();

    /// <summary>Ordered by name, so every database returns them alike.</summary>
    public IReadOnlyList<ProductAttribute> Attributes =>
        _attributes.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList().AsReadOnly();

    public void Rename(string name) => Name = ValidName(name);

    public void Describe(string description) => Description = ValidDescription(description);

    public void ChangeSlug(string slug) => Slug = SlugRule.Validate(slug);

    public void MoveToCategory(Guid categoryId) =>
        CategoryId = Guard.Id(categoryId, CatalogErrorCodes.CategoryRequired, "A category");

    public void UpdatePopularity(int score) =>
        PopularityScore = score >= 0
            ? score
            : throw new DomainException(CatalogErrorCodes.InvalidPopularity, "A popularity score cannot be negative.");

    public ProductImage AddImage(string url, string altText)
    {
        if (_images.Any(i => i.Url == url))
        {
            throw new DomainException(CatalogErrorCodes.DuplicateImage, $"Image '{url}' is already on product '{Slug}'.");
        }

        var image = new ProductImage(url, altText, _images.Count == 0 ? 0 : _images.Max(i => i.Position) + 1);
        _images.Add(image);
        return image;
    }

    public void RemoveImage(string url) => _images.RemoveAll(i => i.Url == url);

    /// <summary>Adds the attribute, or replaces the value of the one with the same name.</summary>
    public void SetAttribute(string name, string value)
    {
        var attribute = new ProductAttribute(name, value);
        _attributes.RemoveAll(a => string.Equals(a.Name, attribute.Name, StringComparison.OrdinalIgnoreCase));
        _attributes.Add(attribute);
    }

    public void RemoveAttribute(string name) =>
        _attributes.RemoveAll(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public ProductVariant AddVariant(string sku, Money price, Money? compareAtPrice = null, params VariantOption[] options)
    {
        var normalizedSku = ProductVariant.ValidSku(sku);
        if (_variants.Any(v => string.Equals(v.Sku, normalizedSku, StringComparison.OrdinalIgnoreCase)))
        {
            throw new DomainException(CatalogErrorCodes.DuplicateSku, $"Product '{Slug}' already has SKU '{sku}'.");
        }

        if (_variants.Any(v => v.HasSameOptionsAs(options)))
        {
            throw new DomainException(
                CatalogErrorCodes.DuplicateVariantOptions,
                $"Product '{Slug}' already has a variant with options {string.Join(", ", options.Select(o => $"{o.Name}={o.Value}"))}.");
        }

        // One currency per product keeps price ranges and sorting meaningful.
        if (_variants.Count > 0 && _variants[0].Price.Currency != price.Currency)
        {
            throw new DomainException(
                CatalogErrorCodes.VariantCurrencyMismatch,
                $"Product '{Slug}' is priced in {_variants[0].Price.Currency}, not {price.Currency}.");
        }

        var variant = new ProductVariant(Id, normalizedSku, options, price, compareAtPrice, _variants.Count);
        _variants.Add(variant);
        AddDomainEvent(new ProductVariantAdded(Id, variant.Id, variant.Sku));
        return variant;
    }

    public void ChangeVariantPrice(Guid variantId, Money price, Money? compareAtPrice = null)
    {
        var variant = _variants.FirstOrDefault(v => v.Id == variantId)
            ?? throw new DomainException(CatalogErrorCodes.VariantNotFound, $"Product '{Slug}' has no variant {variantId}.");
        if (_variants.Count > 1 && _variants.Any(v => v.Id != variantId && v.Price.Currency != price.Currency))
        {
            throw new DomainException(
                CatalogErrorCodes.VariantCurrencyMismatch,
                $"Product '{Slug}' is priced in {_variants.First(v => v.Id != variantId).Price.Currency}, not {price.Currency}.");
        }

        variant.Reprice(price, compareAtPrice);
        AddDomainEvent(new VariantPriceChanged(Id, variant.Id, price, compareAtPrice));
    }

    private static string ValidName(string name) =>
        Guard.Text(name, MaxNameLength, CatalogErrorCodes.InvalidName, "Product name");

    private static string ValidDescription(string description)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        return trimmed.Length <= MaxDescriptionLength
            ? trimmed
            : throw new DomainException(
                CatalogErrorCodes.InvalidDescription,
                $"A description must be at most {MaxDescriptionLength} characters.");
    }
}
