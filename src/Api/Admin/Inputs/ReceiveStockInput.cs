namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>ReceiveStockInput</c> input.</summary>
internal sealed record ReceiveStockInput(string VariantId, string LocationId, int Quantity, string? Note, string? Reference, string IdempotencyKey);
