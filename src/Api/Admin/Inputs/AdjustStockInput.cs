namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>AdjustStockInput</c> input.</summary>
internal sealed record AdjustStockInput(string VariantId, string LocationId, int? Quantity, int? CountedOnHand, Domain.Inventory.StockMovementReason Reason, string? Note, string IdempotencyKey);
