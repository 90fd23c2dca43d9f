using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Events;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Turns the events an order raised into outbox rows, and into the pipeline steps they ask for
/// (<see cref="OrderPipelineRoutes"/>), in the same unit of work (call before SaveChanges).
/// </summary>
internal static class OrderOutbox
{
    public static void Enqueue(HeadlessDbContext db, Order order, DateTimeOffset now)
    {
        foreach (var changed in order.DomainEvents.OfType<OrderStatusChanged>().OrderBy(e => e.Event.Sequence))
        {
            var message = OrderStatusMessage.From(changed.OrderId, changed.OrderNumber, changed.Event);
            db.OutboxMessages.Add(new OutboxMessage(OrderTopics.ForOrder(order.Id), message.ToJson(), now));
            foreach (var handler in OrderPipelineRoutes.HandlersFor(order, changed.Event))
            {
                db.PipelineSteps.Add(new PipelineStep(order.Id, handler, changed.Event.Sequence, now));
            }
        }

        order.ClearDomainEvents();
    }
}
