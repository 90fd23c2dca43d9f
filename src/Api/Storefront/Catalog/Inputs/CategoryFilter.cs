namespace Headless.Api.Storefront.Catalog.Inputs;

/// <summary>The <c>CategoryFilter</c> input: a category by slug or by ID (exactly one).</summary>
internal sealed record CategoryFilter(string? Slug, string? Id);
