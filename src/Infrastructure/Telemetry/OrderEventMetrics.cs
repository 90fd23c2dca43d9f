using Headless.Domain.Ordering;
using Headless.Infrastructure.Ordering;

namespace Headless.Infrastructure.Telemetry;

/// <summary>
/// Counts orders placed, paid, fulfilled and payments failed from the order events the outbox publishes: every
/// change of an order passes there exactly once per commit, whichever code path made it, on one instance.
/// </summary>
internal static class OrderEventMetrics
{
    // OrderTopics.ForOrder's prefix.
    private const string OrderTopicPrefix = "order:";

    public static void Record(HeadlessMetrics metrics, string topic, string payload)
    {
        if (!topic.StartsWith(OrderTopicPrefix, StringComparison.Ordinal))
        {
            return;
        }

        OrderStatusMessage message;
        try
        {
            message = OrderStatusMessage.Parse(payload);
        }
        catch (System.Text.Json.JsonException)
        {
            return;
        }

        switch (message.State)
        {
            case OrderState.Placed when message.FromState is null:
                metrics.OrderPlaced();
                break;
            case OrderState.PaymentCaptured:
                metrics.OrderPaid();
                break;
            case OrderState.Fulfilled or OrderState.Delivered:
                metrics.OrderFulfilled();
                break;
            case OrderState.PaymentFailed:
                metrics.PaymentFailed(PaymentFailureKinds.Failed);
                break;
        }
    }
}
