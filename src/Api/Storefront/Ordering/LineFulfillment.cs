using Headless.Domain.Ordering;

namespace Headless.Api.Storefront.Ordering;

/// <summary><c>OrderLine.fulfillment</c>: null for shipped lines.</summary>
internal sealed record LineFulfillment(LineFulfillmentStatus Status, string? Reference, DateTimeOffset? CompletedAt, string? FailureReason, OrderLine Line)
{
    public static LineFulfillment? For(OrderLine line) =>
        line.FulfillmentStatus is { } status ? new(status, line.FulfillmentReference, line.FulfilledAt, line.FulfillmentFailure, line) : null;
}
