using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>A <c>ProductEdge</c>.</summary>
public sealed record ProductEdge(string Cursor, ProductRecord Node);
