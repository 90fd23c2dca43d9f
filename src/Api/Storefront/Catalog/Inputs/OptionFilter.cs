namespace Headless.Api.Storefront.Catalog.Inputs;

/// <summary>The <c>OptionFilter</c> input: an option axis and the values any of which matches.</summary>
internal sealed record OptionFilter(string Name, IReadOnlyList<string> Values);
