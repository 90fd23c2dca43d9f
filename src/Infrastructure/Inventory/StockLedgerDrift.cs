namespace Headless.Infrastructure.Inventory;

/// <summary>A level that does not match its books (<see cref="StockLedgerCheck"/>).</summary>
public sealed record StockLedgerDrift(Guid VariantId, Guid LocationId, int OnHand, int LedgerOnHand, int Allocated, int HeldByOrders);
