using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Inventory;

/// <summary>One change of on-hand stock for <see cref="StockLedger.ApplyAsync"/>: <see cref="Delta"/> units at one (variant, location).</summary>
public sealed record StockChange(
    Guid VariantId,
    Guid LocationId,
    int Delta,
    StockMovementReason Reason,
    StockMovementActor Actor,
    string? Note = null,
    string? Reference = null);
