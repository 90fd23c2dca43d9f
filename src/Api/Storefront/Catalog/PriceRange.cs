using Headless.Domain.Common;

namespace Headless.Api.Storefront.Catalog;

/// <summary>A <c>PriceRange</c>.</summary>
public sealed record PriceRange(Money Min, Money Max);
