namespace Headless.Domain.Ordering;

/// <summary>The things that can happen to an order; each is allowed from some states only.</summary>
public enum OrderTransition
{
    AuthorizePayment,
    CapturePayment,
    FailPayment,
    StartFulfillment,
    CompleteDigitalFulfillment,
    Ship,
    Deliver,
    Cancel,
    Refund,

    /// <summary>The risk screen passed the order; the state stays, the event records the step.</summary>
    ScreenRisk,

    /// <summary>The order's stock allocations became confirmed picks; the state stays, the event records the step.</summary>
    ConfirmStock,

    /// <summary>Part of the captured money went back; the state stays until everything is refunded (then <see cref="Refund"/>).</summary>
    RefundPartially,

    /// <summary>The shopper asked to send delivered units back; the state stays, the event tells subscribers.</summary>
    RequestReturn,

    ApproveReturn,
    RejectReturn,

    /// <summary>The returned parcel arrived and was restocked or written off.</summary>
    ReceiveReturn,
    /// <summary>
    /// The shopper refused a parcel that was to be paid at the door: nothing was paid, the goods come back, the order
    /// is cancelled. Only for orders whose payment waits for delivery; others stay shipped and are handled by staff.
    /// </summary>
    RefuseDelivery,

    /// <summary>The carrier reports a parcel refused at the door; the state stays, the event tells subscribers (and asks for the refusal step).</summary>
    ReportParcelRefused,

    /// <summary>The carrier brought a parcel back to the sender; the state stays, the event asks for its goods to go back on hand.</summary>
    ReportParcelReturned,
}
