using Headless.Infrastructure.Integrations.Feed;

namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// The customer messages, as data: one template per event type a customer hears about. Placeholders:
/// <c>orderNumber</c>, <c>total</c>, <c>storeName</c>, <c>trackingNumber</c>, <c>trackingUrl</c> (shipped only).
/// </summary>
public static class NotificationTemplates
{
    public const string OrderConfirmation = "order-confirmation";
    public const string PaymentFailed = "payment-failed";
    public const string ServiceCredited = "service-credited";
    public const string Shipped = "shipped";
    public const string Delivered = "delivered";
    public const string Refunded = "refunded";
    public const string DeliveryRefused = "delivery-refused";

    private const string Footer = "\n\n{{storeName}}";
    private const string HtmlFooter = "<p>{{storeName}}</p>";

    public static readonly IReadOnlyList<NotificationTemplate> All =
    [
        new(OrderConfirmation, IntegratorEventTypes.OrderPaymentAuthorized,
            "Your order {{orderNumber}} is confirmed",
            "Thank you for your order {{orderNumber}}. Your payment of {{total}} is authorized; we will let you know when it is on its way." + Footer,
            "<p>Thank you for your order <strong>{{orderNumber}}</strong>.</p><p>Your payment of {{total}} is authorized; we will let you know when it is on its way.</p>" + HtmlFooter),
        new(PaymentFailed, IntegratorEventTypes.OrderPaymentFailed,
            "Payment for order {{orderNumber}} did not go through",
            "We could not take the payment of {{total}} for order {{orderNumber}}, so the order is not going ahead. Nothing was charged." + Footer,
            "<p>We could not take the payment of {{total}} for order <strong>{{orderNumber}}</strong>, so the order is not going ahead.</p><p>Nothing was charged.</p>" + HtmlFooter),
        new(ServiceCredited, IntegratorEventTypes.OrderFulfilled,
            "Order {{orderNumber}} is done",
            "Everything in order {{orderNumber}} has been credited or delivered to you." + Footer,
            "<p>Everything in order <strong>{{orderNumber}}</strong> has been credited or delivered to you.</p>" + HtmlFooter),
        new(Shipped, IntegratorEventTypes.OrderShipped,
            "Order {{orderNumber}} has shipped",
            "Order {{orderNumber}} is on its way. Tracking number {{trackingNumber}}: {{trackingUrl}}" + Footer,
            "<p>Order <strong>{{orderNumber}}</strong> is on its way.</p><p>Tracking number <a href=\"{{trackingUrl}}\">{{trackingNumber}}</a></p>" + HtmlFooter),
        new(Delivered, IntegratorEventTypes.OrderDelivered,
            "Order {{orderNumber}} was delivered",
            "Order {{orderNumber}} was delivered. We hope you enjoy it." + Footer,
            "<p>Order <strong>{{orderNumber}}</strong> was delivered. We hope you enjoy it.</p>" + HtmlFooter),
        new(Refunded, IntegratorEventTypes.OrderRefunded,
            "Order {{orderNumber}} was refunded",
            "We refunded {{total}} for order {{orderNumber}}. It may take a few days to appear on your statement." + Footer,
            "<p>We refunded {{total}} for order <strong>{{orderNumber}}</strong>.</p><p>It may take a few days to appear on your statement.</p>" + HtmlFooter),

        // Sent for the refusal itself, whatever the payment: a cash-on-delivery order is then cancelled by the pipeline.
        new(DeliveryRefused, IntegratorEventTypes.OrderDeliveryRefused,
            "Order {{orderNumber}} was not delivered",
            "The parcel of order {{orderNumber}} was refused at delivery and is on its way back to us. If you were to pay at the door, nothing is charged and the order is cancelled; otherwise we will be in touch about a refund." + Footer,
            "<p>The parcel of order <strong>{{orderNumber}}</strong> was refused at delivery and is on its way back to us.</p><p>If you were to pay at the door, nothing is charged and the order is cancelled; otherwise we will be in touch about a refund.</p>" + HtmlFooter),
    ];

    public static IEnumerable<NotificationTemplate> For(string eventType) => All.Where(t => t.EventType == eventType);

    public static NotificationTemplate? Find(string key) => All.SingleOrDefault(t => t.Key == key);
}
