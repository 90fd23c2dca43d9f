using Headless.Domain.Common;

namespace Headless.Domain.Checkout;

/// <summary>A way to send a parcel to an address, at a price; <see cref="Code"/> is what the shopper picks.</summary>
public sealed record ShippingMethod(string Code, string Name, Money Price, int MinDays, int MaxDays);
