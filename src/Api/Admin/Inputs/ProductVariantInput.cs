namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ProductVariantInput</c> input.</summary>
internal sealed record ProductVariantInput(string Sku, MoneyInput Price, MoneyInput? CompareAtPrice, IReadOnlyList<NameValueInput>? Options);
