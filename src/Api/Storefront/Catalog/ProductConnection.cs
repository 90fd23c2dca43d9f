using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>
/// A <c>ProductConnection</c>: the page, plus what it was asked with, so <c>totalCount</c> can count the same
/// matches — only when a client selects it.
/// </summary>
public sealed class ProductConnection(ProductPage page, ProductFilter? filter, string? search)
{
    public IReadOnlyList<ProductEdge> Edges { get; } = [.. page.Edges.Select(e => new ProductEdge(e.Cursor, e.Product))];

    public IReadOnlyList<ProductRecord> Nodes { get; } = [.. page.Edges.Select(e => e.Product)];

    public ProductPage PageInfo { get; } = page;

    internal ProductFilter? Filter { get; } = filter;

    internal string? Search { get; } = search;
}
