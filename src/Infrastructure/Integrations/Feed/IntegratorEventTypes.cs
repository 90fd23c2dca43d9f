using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// The event types integrators subscribe to: one per order state reached, and <see cref="StockLow"/>, raised once
/// each time a variant's on-hand stock crosses below its low-stock threshold (see <c>StockLedger</c>).
/// </summary>
public static class IntegratorEventTypes
{
    public const string OrderCreated = "order.created";
    public const string OrderPaymentAuthorized = "order.payment_authorized";
    public const string OrderPaid = "order.paid";
    public const string OrderPaymentFailed = "order.payment_failed";
    public const string OrderFulfillmentStarted = "order.fulfillment_started";
    public const string OrderFulfilled = "order.fulfilled";
    public const string OrderShipped = "order.shipped";
    public const string OrderDelivered = "order.delivered";
    public const string OrderCancelled = "order.cancelled";
    public const string OrderRefunded = "order.refunded";
    public const string StockLow = "stock.low";

    /// <summary>Part of the payment went back; <see cref="OrderRefunded"/> comes when everything has.</summary>
    public const string OrderPartiallyRefunded = "order.partially_refunded";
    public const string OrderReturnRequested = "order.return_requested";
    public const string OrderReturnApproved = "order.return_approved";
    public const string OrderReturnRejected = "order.return_rejected";
    public const string OrderReturnReceived = "order.return_received";

    /// <summary>A parcel was refused at the door (a cash-on-delivery refusal then cancels the order: <see cref="OrderCancelled"/>).</summary>
    public const string OrderDeliveryRefused = "order.delivery_refused";

    /// <summary>A parcel came back to the sender.</summary>
    public const string OrderParcelReturned = "order.parcel_returned";

    /// <summary>
    /// The risk screen passed a payment-authorized order. Its own type, as the order stays authorized: typed by the
    /// state, it was a second <see cref="OrderPaymentAuthorized"/> (and a second confirmation email).
    /// </summary>
    public const string OrderRiskScreened = "order.risk_screened";

    /// <summary>The order's reserved stock became confirmed picks (the order stays authorized; see above).</summary>
    public const string OrderStockConfirmed = "order.stock_confirmed";

    /// <summary>Every type an endpoint may name in its <c>Events</c> list (besides <c>*</c>).</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        OrderCreated, OrderPaymentAuthorized, OrderPaid, OrderPaymentFailed, OrderFulfillmentStarted, OrderFulfilled,
        OrderShipped, OrderDelivered, OrderCancelled, OrderRefunded, StockLow,
        OrderPartiallyRefunded, OrderReturnRequested, OrderReturnApproved, OrderReturnRejected, OrderReturnReceived,
        OrderDeliveryRefused, OrderParcelReturned, OrderRiskScreened, OrderStockConfirmed,
    };

    /// <summary>
    /// The type of an order event: by what happened for the steps that leave the state as it was (a delivered order
    /// getting a return is not delivered again; a screened order was not authorized again), otherwise by the state
    /// reached.
    /// </summary>
    public static string For(OrderTransition? transition, OrderState state) => transition switch
    {
        OrderTransition.RefundPartially => OrderPartiallyRefunded,
        OrderTransition.RequestReturn => OrderReturnRequested,
        OrderTransition.ApproveReturn => OrderReturnApproved,
        OrderTransition.RejectReturn => OrderReturnRejected,
        OrderTransition.ReceiveReturn => OrderReturnReceived,
        OrderTransition.ReportParcelRefused => OrderDeliveryRefused,
        OrderTransition.ReportParcelReturned => OrderParcelReturned,
        OrderTransition.ScreenRisk => OrderRiskScreened,
        OrderTransition.ConfirmStock => OrderStockConfirmed,
        _ => ForState(state),
    };

    /// <summary>The type of an order event, by the state it reached.</summary>
    public static string ForState(OrderState state) => state switch
    {
        OrderState.Placed => OrderCreated,
        OrderState.PaymentAuthorized => OrderPaymentAuthorized,
        OrderState.PaymentCaptured => OrderPaid,
        OrderState.PaymentFailed => OrderPaymentFailed,
        OrderState.Fulfilling => OrderFulfillmentStarted,
        OrderState.Fulfilled => OrderFulfilled,
        OrderState.Shipped => OrderShipped,
        OrderState.Delivered => OrderDelivered,
        OrderState.Cancelled => OrderCancelled,
        OrderState.Refunded => OrderRefunded,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "An order state without an integrator event type."),
    };
}
