using System.Collections.Frozen;

namespace Headless.Domain.Ordering;

/// <summary>
/// The order process as data: (state, transition) → rule. A pair that is not in the table is not allowed.
/// Reading the table top to bottom is reading the process.
/// </summary>
public static class OrderStateMachine
{
    public static readonly FrozenDictionary<(OrderState From, OrderTransition Transition), TransitionRule> Table =
        new Dictionary<(OrderState, OrderTransition), TransitionRule>
        {
            [(OrderState.Placed, OrderTransition.AuthorizePayment)] = new(OrderState.PaymentAuthorized),
            [(OrderState.Placed, OrderTransition.FailPayment)] = new(OrderState.PaymentFailed),
            [(OrderState.Placed, OrderTransition.Cancel)] = new(OrderState.Cancelled),

            [(OrderState.PaymentAuthorized, OrderTransition.CapturePayment)] = new(OrderState.PaymentCaptured),
            [(OrderState.PaymentAuthorized, OrderTransition.FailPayment)] = new(OrderState.PaymentFailed),
            [(OrderState.PaymentAuthorized, OrderTransition.Cancel)] = new(OrderState.Cancelled),

            // Steps of the automated pipeline that change no state but belong in the history (and the live feed).
            [(OrderState.PaymentAuthorized, OrderTransition.ScreenRisk)] = new(OrderState.PaymentAuthorized),
            [(OrderState.PaymentAuthorized, OrderTransition.ConfirmStock)] = new(OrderState.PaymentAuthorized),

            // Physical goods captured on shipment (Payments:CapturePolicy OnShipment): picked while only authorized.
            [(OrderState.PaymentAuthorized, OrderTransition.StartFulfillment)] = new(OrderState.Fulfilling, NeedsShipping),

            [(OrderState.PaymentFailed, OrderTransition.Cancel)] = new(OrderState.Cancelled),

            [(OrderState.PaymentCaptured, OrderTransition.StartFulfillment)] = new(OrderState.Fulfilling, NeedsShipping),
            [(OrderState.PaymentCaptured, OrderTransition.CompleteDigitalFulfillment)] = new(OrderState.Fulfilled, NeedsNoShipping),
            [(OrderState.PaymentCaptured, OrderTransition.Refund)] = new(OrderState.Refunded),

            // Cancelling after capture refunds the payment (the refund is recorded, the order ends cancelled); only
            // before shipment, which the caller checks against the parcels.
            [(OrderState.PaymentCaptured, OrderTransition.Cancel)] = new(OrderState.Cancelled),
            [(OrderState.Fulfilling, OrderTransition.Cancel)] = new(OrderState.Cancelled),

            [(OrderState.Fulfilling, OrderTransition.Ship)] = new(OrderState.Shipped, HasTrackingNumber),
            [(OrderState.Fulfilling, OrderTransition.Refund)] = new(OrderState.Refunded),

            [(OrderState.Shipped, OrderTransition.Deliver)] = new(OrderState.Delivered),
            [(OrderState.Shipped, OrderTransition.Refund)] = new(OrderState.Refunded),

            // Cash on delivery refused at the door: nothing was paid, so the order ends cancelled rather than refunded.
            [(OrderState.Shipped, OrderTransition.RefuseDelivery)] = new(OrderState.Cancelled),

            // What the carrier reports of a parcel that did not reach the shopper; the state stays. A parcel comes
            // back after its refusal cancelled the order, and may come back to a shipped order paid otherwise.
            [(OrderState.Shipped, OrderTransition.ReportParcelRefused)] = new(OrderState.Shipped),
            [(OrderState.Shipped, OrderTransition.ReportParcelReturned)] = new(OrderState.Shipped),
            [(OrderState.Cancelled, OrderTransition.ReportParcelReturned)] = new(OrderState.Cancelled),

            // The capture of an order captured on shipment; the state stays, the event records the money.
            [(OrderState.Shipped, OrderTransition.CapturePayment)] = new(OrderState.Shipped),
            [(OrderState.Delivered, OrderTransition.CapturePayment)] = new(OrderState.Delivered),

            [(OrderState.Delivered, OrderTransition.Refund)] = new(OrderState.Refunded),
            [(OrderState.Fulfilled, OrderTransition.Refund)] = new(OrderState.Refunded),

            // A partial refund is recorded wherever money was captured; the state stays.
            [(OrderState.PaymentCaptured, OrderTransition.RefundPartially)] = new(OrderState.PaymentCaptured),
            [(OrderState.Fulfilling, OrderTransition.RefundPartially)] = new(OrderState.Fulfilling),
            [(OrderState.Shipped, OrderTransition.RefundPartially)] = new(OrderState.Shipped),
            [(OrderState.Delivered, OrderTransition.RefundPartially)] = new(OrderState.Delivered),
            [(OrderState.Fulfilled, OrderTransition.RefundPartially)] = new(OrderState.Fulfilled),

            // Returns (RMA) of delivered orders; the state stays. A return open when its refund (or another's)
            // refunded everything can still be closed.
            [(OrderState.Delivered, OrderTransition.RequestReturn)] = new(OrderState.Delivered),
            [(OrderState.Delivered, OrderTransition.ApproveReturn)] = new(OrderState.Delivered),
            [(OrderState.Delivered, OrderTransition.RejectReturn)] = new(OrderState.Delivered),
            [(OrderState.Delivered, OrderTransition.ReceiveReturn)] = new(OrderState.Delivered),
            [(OrderState.Refunded, OrderTransition.ApproveReturn)] = new(OrderState.Refunded),
            [(OrderState.Refunded, OrderTransition.RejectReturn)] = new(OrderState.Refunded),
            [(OrderState.Refunded, OrderTransition.ReceiveReturn)] = new(OrderState.Refunded),
        }.ToFrozenDictionary();

    /// <summary>The states an order can be put on hold in: before anything has left the building.</summary>
    public static readonly FrozenSet<OrderState> Holdable =
        new[] { OrderState.Placed, OrderState.PaymentAuthorized, OrderState.PaymentCaptured, OrderState.Fulfilling }.ToFrozenSet();

    /// <summary>
    /// What a hold stops: every step forward. What the payment provider reports (authorized, failed) is still
    /// recorded, and so are cancelling and refunding, which staff may decide while the order is held.
    /// </summary>
    public static readonly FrozenSet<OrderTransition> BlockedWhileOnHold = new[]
    {
        OrderTransition.CapturePayment, OrderTransition.StartFulfillment, OrderTransition.CompleteDigitalFulfillment,
        OrderTransition.Ship, OrderTransition.Deliver, OrderTransition.ScreenRisk, OrderTransition.ConfirmStock,
    }.ToFrozenSet();

    /// <summary>The state <paramref name="transition"/> leads to, or the reason it cannot happen now.</summary>
    public static TransitionDecision Decide(Order order, OrderTransition transition, TransitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        if (order.OnHold && BlockedWhileOnHold.Contains(transition))
        {
            return TransitionDecision.Refuse($"Cannot {Describe(transition)} an order that is on hold.");
        }

        if (!Table.TryGetValue((order.State, transition), out var rule))
        {
            return TransitionDecision.Refuse($"Cannot {Describe(transition)} an order that is {order.State}.");
        }

        var reason = rule.Guard?.Invoke(order, request);
        return reason is null ? TransitionDecision.Allow(rule.To) : TransitionDecision.Refuse(reason);
    }

    /// <summary>Transitions allowed from <paramref name="state"/> by the table alone (guards not run).</summary>
    public static IEnumerable<OrderTransition> From(OrderState state) =>
        Table.Keys.Where(k => k.From == state).Select(k => k.Transition);

    private static string? NeedsShipping(Order order, TransitionRequest request) =>
        order.RequiresShipping ? null : "Orders of digital goods only are fulfilled without shipping.";

    private static string? NeedsNoShipping(Order order, TransitionRequest request) =>
        order.RequiresShipping ? "Orders with physical goods must be shipped." : null;

    private static string? HasTrackingNumber(Order order, TransitionRequest request) =>
        string.IsNullOrWhiteSpace(request.TrackingNumber) ? "A tracking number is required to ship an order." : null;

    private static string Describe(OrderTransition transition) => transition switch
    {
        OrderTransition.AuthorizePayment => "authorize payment for",
        OrderTransition.CapturePayment => "capture payment for",
        OrderTransition.FailPayment => "fail payment for",
        OrderTransition.StartFulfillment => "start fulfilling",
        OrderTransition.CompleteDigitalFulfillment => "digitally fulfill",
        OrderTransition.Ship => "ship",
        OrderTransition.Deliver => "deliver",
        OrderTransition.Cancel => "cancel",
        OrderTransition.Refund => "refund",
        OrderTransition.ScreenRisk => "screen",
        OrderTransition.ConfirmStock => "confirm stock for",
        OrderTransition.RefundPartially => "partially refund",
        OrderTransition.RequestReturn => "request a return of",
        OrderTransition.ApproveReturn => "approve a return of",
        OrderTransition.RejectReturn => "reject a return of",
        OrderTransition.ReceiveReturn => "receive a return of",
        OrderTransition.RefuseDelivery => "record a refused delivery for",
        OrderTransition.ReportParcelRefused => "report a refused parcel of",
        OrderTransition.ReportParcelReturned => "report a returned parcel of",
        _ => transition.ToString(),
    };
}
