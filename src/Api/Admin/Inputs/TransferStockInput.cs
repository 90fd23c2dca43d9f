namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>TransferStockInput</c> input.</summary>
internal sealed record TransferStockInput(string VariantId, string FromLocationId, string ToLocationId, int Quantity, string? Note, string IdempotencyKey);
