namespace Headless.Domain.Ordering;

/// <summary>How far a line that is not shipped (a service, a digital good) is delivered.</summary>
public enum LineFulfillmentStatus
{
    Pending,
    Fulfilled,

    /// <summary>The provider refused for good; the order was refunded (see the order's events for why).</summary>
    Failed,
}
