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

            [(OrderState.Fulfilling, OrderTransition.Ship)] = new(OrderState.Shipped, HasTrackingNumber),
            [(OrderState.Fulfilling, OrderTransition.Refund)] = new(OrderState.Refunded),

            [(OrderState.Shipped, OrderTransition.Deliver)] = new(OrderState.Delivered),

            // Cash on delivery refused at the door: nothing was paid, so the order ends cancelled rather than refunded.
            [(OrderState.Shipped, OrderTransition.RefuseDelivery)] = new(OrderState.Cancelled),

            // The capture of an order captured on shipment; the state stays, the event records the money.
            [(OrderState.Shipped, OrderTransition.CapturePayment)] = new(OrderState.Shipped),
            [(OrderState.Delivered, OrderTransition.CapturePayment)] = new(OrderState.Delivered),

            [(OrderState.Delivered, OrderTransition.Refund)] = new(OrderState.Refunded),
            [(OrderState.Fulfilled, OrderTransition.Refund)] = new(OrderState.Refunded),
        }.ToFrozenDictionary();

    /// <summary>The state <paramref name="transition"/> leads to, or the reason it cannot happen now.</summary>
    public static TransitionDecision Decide(Order order, OrderTransition transition, TransitionRequest request)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
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
        OrderTransition.RefuseDelivery => "record a refused delivery for",
        _ => transition.ToString(),
    };
}
