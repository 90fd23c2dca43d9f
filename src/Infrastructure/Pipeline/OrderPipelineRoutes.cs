using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Pipeline;

/// <summary>
/// Which steps an order event asks for, as data: reading the table top to bottom is reading the pipeline.
/// Payment authorized → risk screening → stock confirmed → capture (per policy) → fulfilment per line kind →
/// shipped / fulfilled → (cash on delivery) captured once delivered. Each handler is asked for at most once per order (the events it listens to happen once).
/// </summary>
public static class OrderPipelineRoutes
{
    public const string RiskScreening = "risk-screening";
    public const string StockConfirmation = "stock-confirmation";
    public const string Capture = "capture";
    public const string ServiceFulfillment = "service-fulfillment";
    public const string StartFulfillment = "start-fulfillment";
    public const string ShipmentBooking = "shipment-booking";
    public const string CaptureOnShipment = "capture-on-shipment";
    public const string CaptureOnDelivery = "capture-on-delivery";
    public const string DeliveryRefusal = "delivery-refusal";
    public const string ParcelRestock = "parcel-restock";

    private static readonly IReadOnlyList<(OrderTransition On, Func<Order, bool> When, string Handler)> Routes =
    [
        (OrderTransition.AuthorizePayment, _ => true, RiskScreening),
        (OrderTransition.ScreenRisk, _ => true, StockConfirmation),
        (OrderTransition.ConfirmStock, _ => true, Capture),
        (OrderTransition.CapturePayment, o => o.State == OrderState.PaymentCaptured && !o.RequiresShipping, ServiceFulfillment),
        (OrderTransition.CapturePayment, o => o.State == OrderState.PaymentCaptured && o.RequiresShipping, StartFulfillment),
        (OrderTransition.StartFulfillment, _ => true, ShipmentBooking),
        (OrderTransition.StartFulfillment, HasUnshippedLines, ServiceFulfillment),
        (OrderTransition.Ship, _ => true, CaptureOnShipment),
        (OrderTransition.Deliver, _ => true, CaptureOnDelivery),

        // A parcel that did not reach the shopper: the first report of it (refused, or back without a refusal)
        // asks for the refusal step, the first return for the restock. These transitions are applied to an order
        // read with its events (TrackingWebhookProcessor), so the counts see the history.
        (OrderTransition.ReportParcelRefused, FirstUndelivered, DeliveryRefusal),
        (OrderTransition.ReportParcelReturned, FirstUndelivered, DeliveryRefusal),
        (OrderTransition.ReportParcelReturned, o => o.Events.Count(e => e.Transition == OrderTransition.ReportParcelReturned) == 1, ParcelRestock),
    ];

    /// <summary>The handlers <paramref name="recorded"/> asks for, given the order as it is after the event.</summary>
    public static IEnumerable<string> HandlersFor(Order order, OrderEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(recorded);
        return recorded.Transition is { } transition
            ? Routes.Where(r => r.On == transition && r.When(order)).Select(r => r.Handler)
            : [];
    }

    private static bool HasUnshippedLines(Order order) => order.Lines.Any(l => !l.RequiresShipping);

    private static bool FirstUndelivered(Order order) =>
        order.Events.Count(e => e.Transition is OrderTransition.ReportParcelRefused or OrderTransition.ReportParcelReturned) == 1;
}
