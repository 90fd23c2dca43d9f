using Headless.Domain.SeedWork;

namespace Headless.Domain.Inventory.Events;

public sealed record StockAllocated(Guid StockLevelId, Guid VariantId, Guid LocationId, int Quantity) : IDomainEvent;
