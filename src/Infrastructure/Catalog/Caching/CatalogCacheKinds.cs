namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>The kinds of catalog cache entries (the middle part of their keys).</summary>
internal static class CatalogCacheKinds
{
    public const string ProductById = "product-id";
    public const string ProductBySlug = "product-slug";
    public const string VariantsByProduct = "variants";
    public const string VariantById = "variant-id";
    public const string VariantBySku = "variant-sku";
    public const string ImagesByProduct = "images";
    public const string AttributesByProduct = "attributes";
    public const string Stock = "stock";
    public const string Categories = "categories";
    public const string Page = "page";
    public const string Count = "count";
}
