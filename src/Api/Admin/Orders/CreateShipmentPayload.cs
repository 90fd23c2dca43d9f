using Headless.Domain.Ordering;
using Headless.Domain.Shipping;

namespace Headless.Api.Admin.Orders;

/// <summary>The <c>CreateShipmentPayload</c> type.</summary>
internal sealed record CreateShipmentPayload(Shipment? Shipment, Order? Order, bool Replayed, IReadOnlyList<AdminError> Errors);
