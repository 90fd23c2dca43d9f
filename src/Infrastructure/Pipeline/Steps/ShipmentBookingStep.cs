using Headless.Domain.Ordering;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Shipping;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Fulfilling → one parcel per location the stock was confirmed at (less what staff shipped by hand), each booked with the carrier (one key per
/// parcel: a repeat books nothing twice), the units leaving stock as the parcel is booked, and the order SHIPPED
/// with the tracking numbers once every parcel is booked. Each stage commits on its own, so a crash repeats only
/// what had not committed, and a repeat of a booking gets the same tracking number back.
/// </summary>
public sealed class ShipmentBookingStep(
    OrderStepTransaction transaction, IEnumerable<ICarrier> carriers, OutboxSignal signal, TimeProvider clock, StockLedger ledger) : IOrderStep
{
    public string Name => OrderPipelineRoutes.ShipmentBooking;

    public static string Key(Guid shipmentId) => $"ship:{shipmentId:N}";

    public async Task RunAsync(StepRun run, CancellationToken ct)
    {
        var db = transaction.Db;
        db.ChangeTracker.Clear();
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.Id == run.OrderId, ct);
        OrderStepTransaction.ThrowIfOnHold(order);
        if (order.State == OrderState.Fulfilling)
        {
            var shipments = await PlanAsync(order, ct);
            var carrier = carriers.LastOrDefault() ?? throw new InvalidOperationException("No carrier is configured.");
            foreach (var shipment in shipments.Where(s => !s.IsBooked))
            {
                await BookAsync(order, shipment.Id, carrier, ct);
            }
        }

        await transaction.CommitAsync(run, async (tracked, now) =>
        {
            var booked = await db.Shipments.AsNoTracking().Where(s => s.OrderId == tracked.Id).OrderBy(s => s.Number).ToListAsync(ct);
            var request = new TransitionRequest(booked.FirstOrDefault()?.Carrier ?? Order.SystemActor, now, booked.FirstOrDefault()?.TrackingNumber);
            if (booked.Count == 0 || booked.Any(s => !s.IsBooked) || !ShipmentCoverage.CoversEveryUnit(tracked, booked) || tracked.WhyNot(OrderTransition.Ship, request) is not null)
            {
                return;
            }

            var note = booked.Count == 1 ? null : $"{booked.Count} parcels: {string.Join(", ", booked.Select(s => s.TrackingNumber))}.";
            tracked.Apply(OrderTransition.Ship, request with { Note = note });
        }, ct);
    }

    /// <summary>
    /// The order's parcels: what the order still holds outside any parcel (all of it, unless staff shipped some by
    /// hand) planned once, one parcel per location, in a transaction of its own, under the order's shipment lock so a
    /// parcel staff book at the same moment and this plan never take the same units.
    /// </summary>
    private async Task<IReadOnlyList<Shipment>> PlanAsync(Order order, CancellationToken ct)
    {
        var db = transaction.Db;
        db.ChangeTracker.Clear();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await OrderShipmentLock.TakeAsync(db, order.Id, ct);
        var existing = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id).OrderBy(s => s.Number).ToListAsync(ct);
        var lines = order.Lines.Where(l => l.RequiresShipping).ToDictionary(l => l.VariantId);
        var allocations = await db.StockAllocations.Where(a => a.OrderId == order.Id && a.ShipmentId == null).ToListAsync(ct);
        allocations = allocations.Where(a => lines.ContainsKey(a.VariantId)).ToList();
        if (existing.Count > 0 && allocations.Count == 0)
        {
            return existing;
        }

        var now = clock.GetUtcNow();
        var number = existing.Count == 0 ? 0 : existing.Max(s => s.Number);
        var planned = new List<Shipment>();
        foreach (var location in allocations.GroupBy(a => a.LocationId).OrderByDescending(g => g.Sum(a => a.Quantity)).ThenBy(g => g.Key))
        {
            var contents = location
                .Select(a => new ShipmentLine(lines[a.VariantId].Id, a.VariantId, lines[a.VariantId].Sku, a.Quantity))
                .ToList();
            var shipment = new Shipment(order.Id, ++number, location.Key, contents, now);
            db.Shipments.Add(shipment);
            foreach (var allocation in location)
            {
                allocation.AssignTo(shipment.Id);
            }

            planned.Add(shipment);
        }

        if (planned.Count == 0)
        {
            throw new InvalidOperationException("The order has physical goods but no stock picked for them.");
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return [.. existing, .. planned];
    }

    /// <summary>Books one parcel and takes its units out of stock, in one transaction.</summary>
    private async Task BookAsync(Order order, Guid shipmentId, ICarrier carrier, CancellationToken ct)
    {
        var db = transaction.Db;
        db.ChangeTracker.Clear();
        var planned = await db.Shipments.AsNoTracking().SingleAsync(s => s.Id == shipmentId, ct);
        var booking = await carrier.BookAsync(new BookingRequest(Key(shipmentId), order.Number, planned.Number, order.ShippingAddress!, planned.Lines), ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var shipment = await db.Shipments.SingleAsync(s => s.Id == shipmentId, ct);
        if (shipment.IsBooked)
        {
            return;
        }

        var now = clock.GetUtcNow();
        shipment.Book(carrier.Name, booking.TrackingNumber, booking.TrackingUrl, booking.LabelUrl, now);

        // The units leave the building: off the shelf (on hand) and out of what is held (allocated).
        var allocations = await db.StockAllocations.Where(a => a.ShipmentId == shipmentId).ToListAsync(ct);
        // Through the ledger, so each unit shipped is a movement row referring to the order; in the checkout's
        // lock order (by variant), so a booking and a checkout of the same variants cannot deadlock.
        foreach (var allocation in allocations.OrderBy(a => a.VariantId).ThenBy(a => a.LocationId))
        {
            await ledger.ShipAsync(allocation.VariantId, allocation.LocationId, allocation.Quantity, $"order:{order.Id}", ct);
            db.StockAllocations.Remove(allocation);
        }

        await ledger.SettleAsync(ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        signal.Notify();
    }
}
