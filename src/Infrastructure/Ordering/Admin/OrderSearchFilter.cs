using Headless.Domain.Ordering;
using Headless.Domain.Payments;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>Which orders staff look for; every member given must match.</summary>
public sealed record OrderSearchFilter(
    IReadOnlyList<OrderState>? Statuses = null,
    DateTimeOffset? PlacedFrom = null,
    DateTimeOffset? PlacedTo = null,
    string? CustomerEmail = null,
    string? Number = null,
    IReadOnlyList<PaymentStatus>? PaymentStatuses = null,
    IReadOnlyList<OrderFulfillmentStatus>? FulfillmentStatuses = null,
    bool? OnHold = null);
