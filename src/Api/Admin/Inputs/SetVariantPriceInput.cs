namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>SetVariantPriceInput</c> input.</summary>
internal sealed record SetVariantPriceInput(string VariantId, MoneyInput Price, MoneyInput? CompareAtPrice, DateTimeOffset? EffectiveAt);
