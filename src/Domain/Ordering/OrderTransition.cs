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
}
