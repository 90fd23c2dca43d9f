using Headless.Domain.Catalog;

namespace Headless.Api.Storefront.Catalog.Inputs;

/// <summary>The <c>ProductFilter</c> input: conditions that all hold, with nested <c>and</c>/<c>or</c> groups.</summary>
internal sealed record ProductFilter(CategoryFilter? Category, PriceFilter? Price, bool? InStock, IReadOnlyList<OptionFilter>? Options, IReadOnlyList<ProductKind>? Kinds, IReadOnlyList<ProductFilter>? And, IReadOnlyList<ProductFilter>? Or);
