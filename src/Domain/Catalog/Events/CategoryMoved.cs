using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog.Events;

public sealed record CategoryMoved(Guid CategoryId, Guid? FormerParentId, Guid? NewParentId) : IDomainEvent;
