using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Shipping;

/// <summary>
/// The lock every change of an order's parcels takes first (a parcel booked by hand, the pipeline planning the
/// rest): a no-op update of the order row, held until the transaction ends, so the shipments and allocations read
/// after it are what the previous holder committed. Taken after any stock level locks (the checkout's order is
/// stock levels, then the order row when it is saved), never before them.
/// </summary>
internal static class OrderShipmentLock
{
    public static Task<int> TakeAsync(HeadlessDbContext db, Guid orderId, CancellationToken ct) =>
        db.Orders.Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.LastSequence, o => o.LastSequence), ct);
}
