namespace Headless.Domain.Catalog;

/// <summary>Stable codes for broken catalog rules; the API exposes them as user error codes.</summary>
public static class CatalogErrorCodes
{
    public const string InvalidSlug = "catalog.invalid_slug";
    public const string InvalidName = "catalog.invalid_name";
    public const string InvalidDescription = "catalog.invalid_description";
    public const string InvalidPosition = "catalog.invalid_position";
    public const string CategoryRequired = "catalog.category_required";
    public const string CategoryCycle = "catalog.category_cycle";
    public const string InvalidKind = "catalog.invalid_kind";
    public const string InvalidImage = "catalog.invalid_image";
    public const string DuplicateImage = "catalog.duplicate_image";
    public const string InvalidAttribute = "catalog.invalid_attribute";
    public const string InvalidPopularity = "catalog.invalid_popularity";
    public const string InvalidSku = "catalog.invalid_sku";
    public const string DuplicateSku = "catalog.duplicate_sku";
    public const string InvalidOption = "catalog.invalid_option";
    public const string DuplicateOptionName = "catalog.duplicate_option_name";
    public const string DuplicateVariantOptions = "catalog.duplicate_variant_options";
    public const string CompareAtPriceNotAbovePrice = "catalog.compare_at_price_not_above_price";
    public const string VariantCurrencyMismatch = "catalog.variant_currency_mismatch";
    public const string VariantNotFound = "catalog.variant_not_found";
    public const string ProductDeleted = "catalog.product_deleted";
    public const string InvalidSchedule = "catalog.invalid_schedule";
    public const string DuplicateAttribute = "catalog.duplicate_attribute";
    public const string TooManyItems = "catalog.too_many_items";
}
