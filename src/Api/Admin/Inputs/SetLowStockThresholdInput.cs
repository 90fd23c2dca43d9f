namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>SetLowStockThresholdInput</c> input.</summary>
internal sealed record SetLowStockThresholdInput(string VariantId, int Threshold);
