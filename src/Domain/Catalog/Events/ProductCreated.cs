using Headless.Domain.SeedWork;

namespace Headless.Domain.Catalog.Events;

public sealed record ProductCreated(Guid ProductId, string Slug) : IDomainEvent;
