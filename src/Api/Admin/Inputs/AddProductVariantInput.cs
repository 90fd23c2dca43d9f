namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>AddProductVariantInput</c> input.</summary>
internal sealed record AddProductVariantInput(string ProductId, string Sku, MoneyInput Price, MoneyInput? CompareAtPrice, IReadOnlyList<NameValueInput>? Options, string? IdempotencyKey);
