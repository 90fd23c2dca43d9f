namespace Headless.Domain.Payments;

public enum PaymentStatus
{
    /// <summary>The provider wants a second step from the shopper (e.g. 3-D Secure) before authorizing.</summary>
    RequiresAction,
    Authorized,
    Captured,
    Refunded,
    Voided,
    Failed,
}
