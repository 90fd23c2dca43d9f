using Headless.Domain.Checkout;
using Headless.Domain.Shipping;

namespace Headless.Infrastructure.Shipping;

/// <summary>Book one parcel. <see cref="Address"/> is personal data: never logged.</summary>
public sealed record BookingRequest(string IdempotencyKey, string OrderNumber, int ShipmentNumber, Address Address, IReadOnlyList<ShipmentLine> Lines)
{
    public override string ToString() => $"Book parcel {ShipmentNumber} of {OrderNumber} (key {IdempotencyKey})";
}
