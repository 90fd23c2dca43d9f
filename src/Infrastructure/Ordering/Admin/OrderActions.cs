using Headless.Domain.Inventory;
using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Checkout;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Shipping;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Admin;

/// <summary>
/// What staff and integrations do to an order by hand: hold, release, note, ship by hand, confirm delivery. Each
/// goes through the order aggregate (its state machine and hold rules) in one save with its audit entry, and is
/// idempotent by key: the audit entry of the change holds the key, unique per action and order, so a repeat (even a
/// concurrent one) finds it and changes nothing again. Two staff acting at once are kept apart by the order's
/// concurrency tokens (its last event sequence and its hold): the loser's save fails, and it runs again on the order
/// as the winner left it — where the rules then refuse it, or find there is nothing left to do.
/// </summary>
public sealed class OrderActions(HeadlessDbContext db, OutboxSignal signal, StockLedger ledger, TimeProvider clock)
{
    private const int MaxTries = 5;

    public Task<OrderActionResult> HoldAsync(Guid orderId, string reason, AuditActor actor, string idempotencyKey, CancellationToken ct) =>
        RunAsync("holdOrder", orderId, idempotencyKey, (order, now) =>
        {
            order.PutOnHold(reason, actor.Label, now);
            return Task.FromResult<object?>(null);
        }, ct);

    public Task<OrderActionResult> ReleaseAsync(Guid orderId, AuditActor actor, string idempotencyKey, CancellationToken ct) =>
        RunAsync("releaseOrder", orderId, idempotencyKey, (order, now) =>
        {
            order.Release(now);
            return Task.FromResult<object?>(null);
        }, ct);

    public Task<OrderActionResult> AddNoteAsync(Guid orderId, string text, AuditActor actor, string idempotencyKey, CancellationToken ct) =>
        RunAsync("addOrderNote", orderId, idempotencyKey, (order, now) =>
        {
            var note = new OrderNote(order.Id, text, actor.Kind, actor.Id ?? actor.Kind, now);
            db.OrderNotes.Add(note);
            return Task.FromResult<object?>(note);
        }, ct);

    /// <summary>
    /// Staff confirm delivery (carriers without tracking reports): the order becomes DELIVERED and each of its booked
    /// parcels that was not reported delivered is marked so.
    /// </summary>
    public Task<OrderActionResult> MarkDeliveredAsync(Guid orderId, AuditActor actor, string idempotencyKey, CancellationToken ct) =>
        RunAsync("markOrderDelivered", orderId, idempotencyKey, async (order, now) =>
        {
            order.Apply(OrderTransition.Deliver, new TransitionRequest(actor.Label, now, Note: "Delivery confirmed by hand."));
            foreach (var shipment in await db.Shipments.Where(s => s.OrderId == order.Id).ToListAsync(ct))
            {
                if (shipment.IsBooked && shipment.Status != ShipmentStatus.Delivered)
                {
                    shipment.ConfirmDelivered(now, "Delivery confirmed by hand.");
                }
            }

            return null;
        }, ct);

    /// <summary>
    /// A parcel booked outside any carrier integration, for some or all of the units not yet in a parcel: its units
    /// leave stock at the location staff name (by default where most of them are allocated), and once every unit to
    /// ship is in a booked parcel the order is SHIPPED. The pipeline books what is left with the carrier as usual.
    /// </summary>
    public Task<OrderActionResult> CreateShipmentAsync(Guid orderId, ManualShipmentRequest request, AuditActor actor, string idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return RunAsync("createShipment", orderId, idempotencyKey, (order, now) => ShipByHandAsync(order, request, actor, now, ct), ct);
    }

    private async Task<object?> ShipByHandAsync(Order order, ManualShipmentRequest request, AuditActor actor, DateTimeOffset now, CancellationToken ct)
    {
        if (order.OnHold)
        {
            throw new DomainException(OrderErrorCodes.OnHold, "The order is on hold: release it before shipping.");
        }

        if (order.State != OrderState.Fulfilling)
        {
            throw new DomainException(OrderErrorCodes.TransitionNotAllowed, $"Only an order that is being fulfilled is shipped; this one is {order.State}.");
        }

        // The checkout's stock lock, in its order (variant, then level), then the order row that every change of the
        // order's parcels locks (this, the pipeline's planning): what is read below is what the last of them
        // committed, so two staff shipping the same units cannot both take them, and nobody waits in a circle.
        var variants = order.Lines.Where(l => request.Lines.Any(r => r.OrderLineId == l.Id)).Select(l => l.VariantId);
        await CheckoutLocks.LockStockAsync(db, variants, ct);
        await OrderShipmentLock.TakeAsync(db, order.Id, ct);
        var existing = await db.Shipments.Where(s => s.OrderId == order.Id).ToListAsync(ct);
        var unshipped = ShipmentCoverage.Unshipped(order, existing);
        var lines = new List<ShipmentLine>();
        foreach (var (lineId, quantity) in request.Lines)
        {
            var line = order.Lines.FirstOrDefault(l => l.Id == lineId && l.RequiresShipping)
                ?? throw new ActionRefusedException(OrderActionErrors.LineNotFound, "The order has no line to ship with this ID.", "lines");
            if (quantity <= 0 || quantity > unshipped[lineId] - lines.Where(l => l.OrderLineId == lineId).Sum(l => l.Quantity))
            {
                throw new ActionRefusedException(OrderActionErrors.QuantityExceedsUnshipped, $"Line {line.Sku} has {unshipped[lineId]} units left to ship.", "lines");
            }

            lines.Add(new ShipmentLine(line.Id, line.VariantId, line.Sku, quantity));
        }

        // Units already in a parcel the pipeline planned are the carrier's to book; only the rest can go by hand.
        var allocations = await db.StockAllocations.Where(a => a.OrderId == order.Id && a.ShipmentId == null).ToListAsync(ct);
        var locationId = request.LocationId ?? allocations.Where(a => lines.Any(l => l.VariantId == a.VariantId)).OrderByDescending(a => a.Quantity).Select(a => (Guid?)a.LocationId).FirstOrDefault();
        if (locationId is null)
        {
            throw new ActionRefusedException(OrderActionErrors.StockNotAllocated, "No stock is allocated to this order for these lines.", "lines");
        }

        // A parcel by hand is still a parcel sent: a location set not to ship (a shop counter, a returns desk) sends none.
        if (await db.StockLocations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == locationId.Value, ct) is { Shipping: false } counter)
        {
            throw new ActionRefusedException(OrderActionErrors.LocationNotShipping, $"{counter.Code} does not ship orders: name a location that does.", "locationId");
        }

        var shipment = new Shipment(order.Id, existing.Count == 0 ? 1 : existing.Max(s => s.Number) + 1, locationId.Value, lines, now);
        shipment.BookByHand(request.Carrier, request.TrackingNumber, request.TrackingUrl, now);
        db.Shipments.Add(shipment);
        await TakeOutOfStockAsync(order.Id, allocations, locationId.Value, lines, ct);

        var all = existing.Append(shipment).ToList();
        if (ShipmentCoverage.CoversEveryUnit(order, all))
        {
            var note = all.Count == 1 ? null : $"{all.Count} parcels: {string.Join(", ", all.OrderBy(s => s.Number).Select(s => s.TrackingNumber))}.";
            order.Apply(OrderTransition.Ship, new TransitionRequest(actor.Label, now, all.OrderBy(s => s.Number).First().TrackingNumber, note));
        }

        return shipment;
    }

    /// <summary>
    /// The parcel's units leave the named location. Units allocated there ship from their allocation; units the order
    /// holds elsewhere are let go there and ship from the named location's free stock (staff have them in hand).
    /// </summary>
    private async Task TakeOutOfStockAsync(Guid orderId, List<StockAllocation> allocations, Guid locationId, List<ShipmentLine> lines, CancellationToken ct)
    {
        var reference = $"order:{orderId}";
        foreach (var line in lines.OrderBy(l => l.VariantId))
        {
            var left = line.Quantity;
            var here = 0;
            var candidates = allocations.Where(a => a.VariantId == line.VariantId && a.Quantity > 0)
                .OrderBy(a => a.LocationId == locationId ? 0 : 1).ThenBy(a => a.LocationId).ToList();
            foreach (var allocation in candidates)
            {
                var taken = Math.Min(left, allocation.Quantity);
                if (allocation.Take(taken) == 0)
                {
                    db.StockAllocations.Remove(allocation);
                }

                if (allocation.LocationId == locationId)
                {
                    here += taken;
                }
                else if (await ReleaseAsync(line.VariantId, allocation.LocationId, taken, ct) == 0)
                {
                    throw new ActionRefusedException(OrderActionErrors.StockNotAllocated, $"{line.Sku} is no longer allocated where the order held it.", "lines");
                }

                left -= taken;
                if (left == 0)
                {
                    break;
                }
            }

            if (left > 0)
            {
                throw new ActionRefusedException(OrderActionErrors.StockNotAllocated, $"Not enough of {line.Sku} is allocated to this order.", "lines");
            }

            // Through the ledger, as the pipeline's bookings do: movement rows referring to the order, never below
            // what is allocated (so the units of other orders at the named location stay theirs).
            var fromAllocation = here == 0 || await ledger.ShipAsync(line.VariantId, locationId, here, reference, ct) is not null;
            var fromShelf = here == line.Quantity || await ledger.ApplyAsync(
                new StockChange(line.VariantId, locationId, -(line.Quantity - here), StockMovementReason.Shipped, StockMovementActor.System, "Shipped by hand from another location than allocated.", reference),
                Guid.CreateVersion7(), null, ct) is not null;
            if (!fromAllocation || !fromShelf)
            {
                throw new ActionRefusedException(OrderActionErrors.StockNotAllocated, $"The location has not enough {line.Sku} on hand for this parcel.", "lines");
            }
        }

        await ledger.SettleAsync(ct);
    }

    /// <summary>Lets go of units an order held at a location (allocated drops, on hand stays); 0 when fewer were held.</summary>
    private Task<int> ReleaseAsync(Guid variantId, Guid locationId, int quantity, CancellationToken ct) =>
        db.StockLevels
            .Where(s => s.VariantId == variantId && s.LocationId == locationId && s.Allocated >= quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Allocated, x => x.Allocated - quantity), ct);

    private async Task<OrderActionResult> RunAsync(string action, Guid orderId, string idempotencyKey, Func<Order, DateTimeOffset, Task<object?>> change, CancellationToken ct)
    {
        var key = idempotencyKey?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > AuditEntry.MaxIdempotencyKeyLength)
        {
            return OrderActionResult.Refused(null, OrderActionErrors.InvalidIdempotencyKey, $"An idempotency key of 1 to {AuditEntry.MaxIdempotencyKeyLength} characters is required.", "idempotencyKey");
        }

        var audit = AuditContext.Current;
        audit?.SetTarget(nameof(Order), orderId.ToString());
        if (audit is not null)
        {
            audit.IdempotencyKey = key;
        }

        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            if (await AuditLog.WasAppliedAsync(db, action, orderId.ToString(), key, ct))
            {
                audit?.MarkReplayed();
                return (await LoadAsync(orderId, tracked: false, ct)) is { } done ? OrderActionResult.Done(done) with { Replayed = true } : OrderActionResult.Refused(null, OrderActionErrors.NotFound, "No order has this ID.", "id");
            }

            var order = await LoadAsync(orderId, tracked: true, ct);
            if (order is null)
            {
                return OrderActionResult.Refused(null, OrderActionErrors.NotFound, "No order has this ID.", "id");
            }

            try
            {
                var now = clock.GetUtcNow();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                object? made;
                try
                {
                    made = await change(order, now);
                }
                catch (DomainException refused)
                {
                    return OrderActionResult.Refused(await LoadAsync(orderId, tracked: false, ct), OrderActionErrors.For(refused.Code), refused.Message, OrderActionErrors.FieldFor(refused.Code));
                }
                catch (ActionRefusedException refused)
                {
                    return OrderActionResult.Refused(await LoadAsync(orderId, tracked: false, ct), refused.Code, refused.Message, refused.Field);
                }

                OrderOutbox.Enqueue(db, order, now);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                signal.Notify();
                return OrderActionResult.Done(order, made);
            }
            catch (DbUpdateException conflict) when (attempt < MaxTries && !ct.IsCancellationRequested)
            {
                // Someone else changed the order (or used the key, or the tracking number) first: look again.
                // A repeat of this very request (same key, same tracking number) that lost the race is a replay, not a clash.
                if (conflict is not DbUpdateConcurrencyException && !await AuditLog.WasAppliedAsync(db, action, orderId.ToString(), key, ct) && await TrackingNumberTakenAsync(ct))
                {
                    return OrderActionResult.Refused(await LoadAsync(orderId, tracked: false, ct), OrderActionErrors.TrackingNumberTaken, "Another parcel has this tracking number.", "trackingNumber");
                }

                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    private async Task<bool> TrackingNumberTakenAsync(CancellationToken ct)
    {
        var pending = db.ChangeTracker.Entries<Shipment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity.TrackingNumber).ToList();
        db.ChangeTracker.Clear();
        return pending.Count > 0 && await db.Shipments.AsNoTracking().AnyAsync(s => pending.Contains(s.TrackingNumber), ct);
    }

    private async Task<Order?> LoadAsync(Guid orderId, bool tracked, CancellationToken ct)
    {
        var orders = tracked ? db.Orders : db.Orders.AsNoTracking();
        return await orders.Include(o => o.Lines).Include(o => o.Events).AsSplitQuery().SingleOrDefaultAsync(o => o.Id == orderId, ct);
    }
}
