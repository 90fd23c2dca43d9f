using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory.Events;

public sealed record StockAdjusted(Guid StockLevelId, Guid VariantId, Guid LocationId, int FormerOnHand, int NewOnHand, string Reason) : IDomainEvent;
