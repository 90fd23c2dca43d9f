namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// What an order event tells integrators: identity, state and money, never the shopper (no email, name, address or
/// payment data; an integrator that needs more asks the admin API with its own permissions).
/// <see cref="Status"/> and <see cref="PreviousStatus"/> are the GraphQL enum names (<c>PAYMENT_CAPTURED</c>).
/// <see cref="TrackingNumber"/> is set on <c>order.shipped</c> and later.
/// </summary>
public sealed record IntegratorOrderData(
    Guid OrderId,
    string OrderNumber,
    string Status,
    string? PreviousStatus,
    string Currency,
    decimal Subtotal,
    decimal ShippingTotal,
    decimal DiscountTotal,
    decimal Total,
    string? TrackingNumber);
