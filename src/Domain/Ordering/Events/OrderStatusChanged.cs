using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering.Events;

/// <summary>An order entered a state (placement included); raised for every <see cref="OrderEvent"/> recorded.</summary>
public sealed record OrderStatusChanged(Guid OrderId, string OrderNumber, OrderEvent Event) : IDomainEvent;
