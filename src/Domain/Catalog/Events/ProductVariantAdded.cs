using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog.Events;

public sealed record ProductVariantAdded(Guid ProductId, Guid VariantId, string Sku) : IDomainEvent;
