using Headless.Api.Storefront;
using Headless.Domain.Inventory;

namespace Headless.Api.Admin.Inventory;

/// <summary>The inventory types of the admin schema, named as their SDL types; IDs already in their API form.</summary>
internal static class InventoryViews
{
    public const string VariantType = "ProductVariant";

    public sealed record StockLocationView(string Id, string Code, string Name, bool Pickup, bool Shipping)
    {
        public static StockLocationView From(StockLocation location) => new(AdminIds.Encode(AdminIds.StockLocation, location.Id), location.Code, location.Name, location.Pickup, location.Shipping);
    }

    public sealed record StockLevelView(string VariantId, string Sku, StockLocationView Location, int OnHand, int Allocated, int Available);

    public sealed record StockMovementView(
        string Id, string VariantId, string LocationId, int Delta, int OnHandBefore, int OnHandAfter, StockMovementReason Reason,
        string ActorKind, string? ActorId, string? Note, string? Reference, string OperationId, DateTimeOffset OccurredAt, string Cursor)
    {
        public static StockMovementView From(StockMovement m) => new(
            m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), GlobalId.Encode(VariantType, m.VariantId), AdminIds.Encode(AdminIds.StockLocation, m.LocationId),
            m.Delta, m.OnHandBefore, m.OnHandAfter, m.Reason, m.ActorKind, AdminIds.Actor(m.ActorKind, m.ActorId), m.Note, m.Reference, AdminIds.Encode(AdminIds.StockOperation, m.OperationId), m.OccurredAt,
            StockMovementCursor.Encode(m.Id));
    }

    public sealed record StockMovementEdge(string Cursor, StockMovementView Node);

    public sealed record StockMovementConnection(IReadOnlyList<StockMovementEdge> Edges, IReadOnlyList<StockMovementView> Nodes, string? EndCursor, bool HasNextPage);

    public sealed record StockLedgerDriftView(string VariantId, string LocationId, int OnHand, int LedgerOnHand, int Allocated, int HeldByOrders);

    public sealed record StockMovementPayload(IReadOnlyList<StockMovementView> Movements, IReadOnlyList<StockLevelView> Levels, bool Replayed, IReadOnlyList<AdminError> Errors);

    public sealed record LowStockThresholdPayload(string? VariantId, int? Threshold, bool? IsLow, IReadOnlyList<AdminError> Errors);

    public sealed record StockLocationPayload(StockLocationView? StockLocation, IReadOnlyList<AdminError> Errors);
}
