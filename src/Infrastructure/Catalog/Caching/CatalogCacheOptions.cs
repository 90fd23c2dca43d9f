namespace Headless.Infrastructure.Catalog.Caching;

/// <summary>The <c>Catalog:Cache</c> configuration section: how long catalog reads are kept in the two-level cache.</summary>
public sealed class CatalogCacheOptions
{
    public const string SectionName = "Catalog:Cache";

    /// <summary>Off: every read goes to the database (diagnostics, or a database edited by hand).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Products, variants (prices, options), images, attributes, categories and product pages. Every change made
    /// through the application removes what it affects on every instance, so this only bounds how long an edit made
    /// directly in the database stays unseen.
    /// </summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Available stock per variant (and pages filtered by <c>inStock</c>). Every reservation, allocation and release
    /// removes the entry; a reservation that lapses ends the entry when it lapses. This bounds what slips past both.
    /// </summary>
    public TimeSpan StockDuration { get; set; } = TimeSpan.FromSeconds(5);
}
