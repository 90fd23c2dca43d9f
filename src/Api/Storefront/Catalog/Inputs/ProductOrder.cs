using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.Inputs;

/// <summary>The <c>ProductOrder</c> input: one sort key.</summary>
internal sealed record ProductOrder(ProductSortField Field, SortDirection Direction);
