using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Inventory;

/// <summary>The ledger rows an operation wrote (or wrote the first time, on a repeat of its idempotency key), or why it was refused.</summary>
public sealed record StockOperationResult(IReadOnlyList<StockMovement> Movements, InventoryError? Error, bool Replayed = false)
{
    public static StockOperationResult Refused(string code, string message, string? field = null) => new([], new InventoryError(code, message, field));
}
