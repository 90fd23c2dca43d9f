using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Catalog.Admin;

/// <summary>A page of the admin product list, by name then id, with each product's cursor.</summary>
public sealed record AdminProductPage(IReadOnlyList<(string Cursor, Product Product)> Edges, bool HasNextPage);
