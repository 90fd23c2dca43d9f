using Headless.Domain.Catalog;
using Headless.Domain.Common;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>The error codes of the catalog mutations, and the input field each domain rule is about.</summary>
public static class CatalogAdminCodes
{
    public const string NotFound = "NOT_FOUND";
    public const string CategoryNotFound = "CATEGORY_NOT_FOUND";
    public const string DuplicateSlug = "DUPLICATE_SLUG";
    public const string DuplicateSku = "DUPLICATE_SKU";
    public const string ConcurrentChange = "CONCURRENT_CHANGE";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string InvalidCsv = "INVALID_CSV";

    /// <summary><c>catalog.duplicate_sku</c> → <c>DUPLICATE_SKU</c>: the admin API's codes are upper snake case.</summary>
    public static string FromDomain(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        return (dot >= 0 ? code[(dot + 1)..] : code).ToUpperInvariant();
    }

    /// <summary>The input field a broken domain rule is about, when there is one.</summary>
    public static string? Field(string domainCode) => domainCode switch
    {
        CatalogErrorCodes.InvalidSlug => "slug",
        CatalogErrorCodes.InvalidName => "name",
        CatalogErrorCodes.InvalidDescription => "description",
        CatalogErrorCodes.CategoryRequired => "categoryId",
        CatalogErrorCodes.CategoryCycle => "parentId",
        CatalogErrorCodes.InvalidKind => "kind",
        CatalogErrorCodes.InvalidImage or CatalogErrorCodes.DuplicateImage => "images",
        CatalogErrorCodes.InvalidAttribute or CatalogErrorCodes.DuplicateAttribute => "attributes",
        CatalogErrorCodes.InvalidSku or CatalogErrorCodes.DuplicateSku => "sku",
        CatalogErrorCodes.InvalidOption or CatalogErrorCodes.DuplicateOptionName or CatalogErrorCodes.DuplicateVariantOptions => "options",
        CatalogErrorCodes.CompareAtPriceNotAbovePrice => "compareAtPrice",
        CatalogErrorCodes.VariantCurrencyMismatch or CommonErrorCodes.CurrencyMismatch or CommonErrorCodes.InvalidCurrency or CommonErrorCodes.NegativeAmount => "price",
        CatalogErrorCodes.InvalidSchedule => "effectiveAt",
        CatalogErrorCodes.InvalidPosition => "position",
        CatalogErrorCodes.VariantNotFound => "variantId",
        _ => null,
    };
}
