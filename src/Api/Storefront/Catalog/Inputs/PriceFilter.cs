namespace Headless.Api.Storefront.Catalog.Inputs;

/// <summary>The <c>PriceFilter</c> input: an inclusive price range, either end open.</summary>
internal sealed record PriceFilter(decimal? Min, decimal? Max);
