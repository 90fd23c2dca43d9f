using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Inventory;

/// <summary>
/// An admin stock operation for <see cref="InventoryService"/>. <see cref="Quantity"/> is the units received or
/// transferred, or the signed change of an adjustment; <see cref="CountedOnHand"/> instead sets a counted total.
/// </summary>
public sealed record StockOperation(
    Guid VariantId,
    Guid LocationId,
    int? Quantity,
    StockMovementReason Reason,
    StockMovementActor Actor,
    string IdempotencyKey,
    string? Note = null,
    string? Reference = null,
    Guid? ToLocationId = null,
    int? CountedOnHand = null);
