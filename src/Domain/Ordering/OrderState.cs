namespace Headless.Domain.Ordering;

/// <summary>Where an order is in its life; moves only along <see cref="OrderStateMachine.Table"/>.</summary>
public enum OrderState
{
    Placed,
    PaymentAuthorized,
    PaymentCaptured,
    Fulfilling,
    Shipped,
    Delivered,

    /// <summary>Digital goods and services: delivered the moment payment is captured.</summary>
    Fulfilled,
    Cancelled,
    Refunded,
    PaymentFailed,
}
