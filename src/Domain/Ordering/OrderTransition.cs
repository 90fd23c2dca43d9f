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

    /// <summary>
    /// The shopper refused a parcel that was to be paid at the door: nothing was paid, the goods come back, the order
    /// is cancelled. Only for orders whose payment waits for delivery; others stay shipped and are handled by staff.
    /// </summary>
    RefuseDelivery,
}
