namespace Headless.Infrastructure.Catalog;

/// <summary>What a product list can be sorted by.</summary>
public enum ProductSortField
{
    Name,
    Price,
    CreatedAt,
    Popularity,

    /// <summary>Search rank; only with a search text.</summary>
    Relevance,
}
