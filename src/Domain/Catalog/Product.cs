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
    public const int MaxImages = 50;
    public const int MaxAttributes = 100;
    public const int MaxVariants = 250;

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

    /// <summary>
    /// A draft is hidden from the storefront. Stored as "draft" rather than "published" so that products that existed
    /// before publishing did (the seed data) stay published.
    /// </summary>
    public bool IsDraft { get; private set; }

    /// <summary>When the product was deleted; it stays in the database so that orders keep what they refer to.</summary>
    public DateTimeOffset? DeletedAt { get; private set; }

    public bool IsDeleted => DeletedAt is not null;

    /// <summary>Whether shoppers see the product: published and not deleted.</summary>
    public bool IsVisible => !IsDraft && !IsDeleted;

    public void Publish()
    {
        EnsureEditable();
        IsDraft = false;
    }

    public void Unpublish()
    {
        EnsureEditable();
        IsDraft = true;
    }

    /// <summary>Soft delete: hidden everywhere but the admin API; deleting twice keeps the first time.</summary>
    public void Delete(DateTimeOffset at) => DeletedAt ??= at.ToUniversalTime();

    /// <summary>A non-negative ranking signal (e.g. recent sales); higher sorts first in "popular" listings.</summary>
    public int PopularityScore { get; private set; }

    public IReadOnlyList<ProductVariant> Variants => _variants.OrderBy(v => v.Position).ToList().AsReadOnly();

    public IReadOnlyList<ProductImage> Images => _images.OrderBy(i => i.Position).ToList().AsReadOnly();

    /// <summary>Ordered by name, so every database returns them alike.</summary>
    public IReadOnlyList<ProductAttribute> Attributes =>
        _attributes.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToList().AsReadOnly();

    public void Rename(string name)
    {
        EnsureEditable();
        Name = ValidName(name);
    }

    public void Describe(string description)
    {
        EnsureEditable();
        Description = ValidDescription(description);
    }

    public void ChangeSlug(string slug)
    {
        EnsureEditable();
        Slug = SlugRule.Validate(slug);
    }

    public void MoveToCategory(Guid categoryId)
    {
        EnsureEditable();
        CategoryId = Guard.Id(categoryId, CatalogErrorCodes.CategoryRequired, "A category");
    }

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

    /// <summary>Replaces the images with these, in this order (positions 0, 1, …); the same URL twice is refused.</summary>
    public void ReplaceImages(IReadOnlyList<(string Url, string AltText)> images)
    {
        EnsureEditable();
        if (images.Count > MaxImages)
        {
            throw new DomainException(CatalogErrorCodes.TooManyItems, $"A product has at most {MaxImages} images.");
        }

        var replacement = images.Select((image, position) => new ProductImage(image.Url, image.AltText, position)).ToList();
        if (replacement.GroupBy(i => i.Url, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException(CatalogErrorCodes.DuplicateImage, $"Image '{twice.Key}' is given twice.");
        }

        _images.Clear();
        _images.AddRange(replacement);
    }

    /// <summary>Replaces the attributes with these; a name given twice (in any case) is refused.</summary>
    public void ReplaceAttributes(IReadOnlyList<(string Name, string Value)> attributes)
    {
        EnsureEditable();
        if (attributes.Count > MaxAttributes)
        {
            throw new DomainException(CatalogErrorCodes.TooManyItems, $"A product has at most {MaxAttributes} attributes.");
        }

        var replacement = attributes.Select(a => new ProductAttribute(a.Name, a.Value)).ToList();
        if (replacement.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DomainException(CatalogErrorCodes.DuplicateAttribute, $"Attribute '{twice.Key}' is given twice.");
        }

        _attributes.Clear();
        _attributes.AddRange(replacement);
    }

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
        EnsureEditable();
        if (_variants.Count >= MaxVariants)
        {
            throw new DomainException(CatalogErrorCodes.TooManyItems, $"A product has at most {MaxVariants} variants.");
        }

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
        EnsureEditable();
        var variant = PricedVariant(variantId, price);
        variant.Reprice(price, compareAtPrice);
        AddDomainEvent(new VariantPriceChanged(Id, variant.Id, price, compareAtPrice));
    }

    /// <summary>
    /// Schedules a price (and compare-at price) that takes effect at <paramref name="effectiveAt"/>, which must be
    /// later than <paramref name="now"/>; <see cref="ApplyDuePrices"/> applies it once that time has come.
    /// </summary>
    public ScheduledPrice SchedulePrice(Guid variantId, Money price, Money? compareAtPrice, DateTimeOffset effectiveAt, DateTimeOffset now)
    {
        EnsureEditable();
        if (effectiveAt <= now)
        {
            throw new DomainException(CatalogErrorCodes.InvalidSchedule, "A scheduled price takes effect in the future; change the price now instead.");
        }

        return PricedVariant(variantId, price).Schedule(price, compareAtPrice, effectiveAt);
    }

    /// <summary>
    /// Applies every scheduled price whose time has come (the latest one per variant wins) and returns the variants
    /// repriced. Applying the same schedule twice gives the same prices, so whoever reads first may apply it.
    /// </summary>
    public IReadOnlyList<ProductVariant> ApplyDuePrices(DateTimeOffset now)
    {
        var repriced = new List<ProductVariant>();
        foreach (var variant in _variants)
        {
            if (variant.TakeDuePrice(now) is { } due)
            {
                variant.Reprice(due.Price, due.CompareAtPrice);
                AddDomainEvent(new VariantPriceChanged(Id, variant.Id, due.Price, due.CompareAtPrice));
                repriced.Add(variant);
            }
        }

        return repriced;
    }

    /// <summary>The earliest time a scheduled price of this product takes effect, if any.</summary>
    public DateTimeOffset? NextScheduledPriceAt =>
        _variants.SelectMany(v => v.ScheduledPrices).Select(s => (DateTimeOffset?)s.EffectiveAt).Min();

    private ProductVariant PricedVariant(Guid variantId, Money price)
    {
        var variant = _variants.FirstOrDefault(v => v.Id == variantId)
            ?? throw new DomainException(CatalogErrorCodes.VariantNotFound, $"Product '{Slug}' has no variant {variantId}.");
        if (_variants.Count > 1 && _variants.Any(v => v.Id != variantId && v.Price.Currency != price.Currency))
        {
            throw new DomainException(
                CatalogErrorCodes.VariantCurrencyMismatch,
                $"Product '{Slug}' is priced in {_variants.First(v => v.Id != variantId).Price.Currency}, not {price.Currency}.");
        }

        return variant;
    }

    private void EnsureEditable()
    {
        if (IsDeleted)
        {
            throw new DomainException(CatalogErrorCodes.ProductDeleted, $"Product '{Slug}' is deleted; it can no longer be changed.");
        }
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
