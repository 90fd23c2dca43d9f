namespace Headless.Infrastructure.Payments;

public enum PaymentOutcome
{
    Authorized,

    /// <summary>Authorization waits for a second step by the shopper; a webhook reports how it ended.</summary>
    RequiresAction,
    Captured,
    Refunded,
    Voided,
    Declined,

    /// <summary>The provider could not answer (timeout, outage); retrying with the same idempotency key is safe.</summary>
    TransientFailure,
}
