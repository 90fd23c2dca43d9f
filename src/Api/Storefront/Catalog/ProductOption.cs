namespace Headless.Api.Storefront.Catalog;

/// <summary>A <c>ProductOption</c>: an option axis and the values the variants use, in order of first use.</summary>
public sealed record ProductOption(string Name, IReadOnlyList<string> Values);
