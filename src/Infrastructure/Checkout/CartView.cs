using Headless.Domain.Checkout;

namespace Headless.Infrastructure.Checkout;

/// <summary>A cart with its server-computed totals and the shipping methods its address can have.</summary>
public sealed record CartView(Cart Cart, CartTotals Totals, IReadOnlyList<ShippingMethod> AvailableShippingMethods, DateTimeOffset? ReservedUntil);
