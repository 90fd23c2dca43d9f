namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>StockMovementFilter</c> input.</summary>
internal sealed record StockMovementFilter(string? VariantId, string? LocationId, Domain.Inventory.StockMovementReason? Reason);
