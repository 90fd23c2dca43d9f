using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Events;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;

namespace Headless.Infrastructure.Ordering;

/// <summary>Turns the events an order raised into outbox rows in the same unit of work (call before SaveChanges).</summary>
internal static class OrderOutbox
{
    public static void Enqueue(HeadlessDbContext db, Order order, DateTimeOffset now)
    {
        foreach (var changed in order.DomainEvents.OfType<OrderStatusChanged>().OrderBy(e => e.Event.Sequence))
        {
            var message = OrderStatusMessage.From(changed.OrderId, changed.OrderNumber, changed.Event);
            db.OutboxMessages.Add(new OutboxMessage(OrderTopics.ForOrder(order.Id), message.ToJson(), now));
        }

        order.ClearDomainEvents();
    }
}
