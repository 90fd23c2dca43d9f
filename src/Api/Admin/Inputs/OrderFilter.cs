using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Ordering.Admin;

namespace Headless.Api.Admin.Inputs;

/// <summary>The <c>OrderFilter</c> input.</summary>
internal sealed record OrderFilter(
    IReadOnlyList<OrderState>? Status,
    DateTimeOffset? CreatedFrom,
    DateTimeOffset? CreatedTo,
    string? CustomerEmail,
    string? Number,
    IReadOnlyList<PaymentStatus>? PaymentStatus,
    IReadOnlyList<OrderFulfillmentStatus>? FulfillmentStatus,
    bool? OnHold)
{
    public OrderSearchFilter ToSearch() => new(Status, CreatedFrom, CreatedTo, CustomerEmail, Number, PaymentStatus, FulfillmentStatus, OnHold);
}
