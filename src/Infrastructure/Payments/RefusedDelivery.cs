using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Catalog.Caching;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Payments;

/// <summary>
/// A parcel of a cash-on-delivery order was not delivered (the carrier reports DELIVERY_FAILED): the shopper did
/// not pay, so the payment is voided, the refusal is recorded against the customer, the goods go back on hand at
/// the location they left and the order is cancelled. Runs inside the caller's transaction (the tracking webhook's),
/// so all of it happens once or not at all; orders paid any other way are left to staff.
/// </summary>
public sealed class RefusedDelivery(HeadlessDbContext db, StockAllocator allocator, StockChangeNotifier? stockChanges = null, IPersonalDataProtector? personalData = null)
{
    /// <summary>
    /// Call before the caller's transaction: the first use of the email index key may create it, from a connection of
    /// its own, which would wait on the caller's open transaction (SQLite has one writer).
    /// </summary>
    public async Task PrepareAsync(CancellationToken ct)
    {
        if (personalData is not null)
        {
            await personalData.EmailIndexAsync(string.Empty, ct);
        }
    }

    /// <summary>True when the order was a cash-on-delivery order and is now cancelled.</summary>
    public async Task<bool> RecordAsync(Shipment shipment, string actor, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == shipment.OrderId, ct);
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == shipment.OrderId, ct);
        var request = new TransitionRequest(actor, now, Note: $"Parcel {shipment.Number} was refused at the door; the goods come back and nothing is charged.");
        if (payment is not { Status: PaymentStatus.Authorized } || !PaymentMethodCatalog.CapturesOnDelivery(payment.Method)
            || order is null || order.WhyNot(OrderTransition.RefuseDelivery, request) is not null)
        {
            return false;
        }

        payment.MarkVoided(now);
        order.Apply(OrderTransition.RefuseDelivery, request);
        var customerId = await db.CustomerOrders.AsNoTracking().Where(c => c.OrderId == order.Id).Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct);
        var emailIndex = personalData is null ? null : await personalData.EmailIndexAsync(order.Email, ct);
        db.DeliveryRefusals.Add(new DeliveryRefusal(order.Id, customerId, emailIndex, payment.Method, request.Note, now));

        // Booking took the goods off hand at their location; the returned parcels put them back.
        var shipments = await db.Shipments.Where(s => s.OrderId == order.Id && s.TrackingNumber != null && s.Status != ShipmentStatus.Delivered).ToListAsync(ct);
        if (!shipments.Contains(shipment))
        {
            shipments.Add(shipment);
        }

        var returned = shipments.SelectMany(s => s.Lines.Select(l => (s.LocationId, l.VariantId, l.Quantity))).ToList();
        foreach (var (locationId, variantId, quantity) in returned)
        {
            await db.StockLevels
                .Where(s => s.VariantId == variantId && s.LocationId == locationId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.OnHand, x => x.OnHand + quantity), ct);
        }

        // Anything still allocated and never booked goes back on sale too.
        await allocator.ReleaseAsync(order.Id, ct);
        if (stockChanges is not null)
        {
            await stockChanges.ChangedAsync(db, returned.Select(r => r.VariantId).Distinct(), ct);
        }

        return true;
    }
}
