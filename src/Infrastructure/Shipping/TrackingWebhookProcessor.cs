using System.Text.Json;
using Headless.Domain.Ordering;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Shipping;

/// <summary>
/// Acts on a sandbox carrier's tracking webhook: verifies signature and age (the same scheme as the payment
/// sandbox: <c>Sandbox-Signature: t=…,v1=…</c>), records the event id (a replay is ignored), moves the parcel on
/// and, once every parcel of the order is delivered, the order to DELIVERED; a refused or returned parcel is reported
/// on the order (the steps that follow run from the outbox) — one transaction, events to the outbox.
/// </summary>
public sealed class TrackingWebhookProcessor(
    HeadlessDbContext db,
    CarrierSandboxOptions options,
    OutboxSignal outboxSignal,
    TimeProvider clock)
{
    public const string Actor = "carrier-sandbox";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<TrackingWebhookOutcome> ProcessAsync(string? signatureHeader, string body, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow();
        switch (SandboxWebhookSignature.Verify(options.WebhookSecret, signatureHeader, body, now, options.Tolerance))
        {
            case SignatureCheck.Valid:
                break;
            case SignatureCheck.Stale:
                return TrackingWebhookOutcome.Stale;
            case SignatureCheck.BadSignature:
                return TrackingWebhookOutcome.BadSignature;
            default:
                return TrackingWebhookOutcome.MalformedSignature;
        }

        TrackingWebhookEvent? webhook;
        try
        {
            webhook = JsonSerializer.Deserialize<TrackingWebhookEvent>(body, Json);
        }
        catch (JsonException)
        {
            return TrackingWebhookOutcome.Malformed;
        }

        if (webhook is not { Id.Length: > 0 and <= 100, TrackingNumber.Length: > 0 and <= Shipment.MaxTrackingNumberLength } || ParseStatus(webhook.Status) is not { } status)
        {
            return TrackingWebhookOutcome.Malformed;
        }

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.ProcessedWebhooks.Add(new ProcessedWebhook($"carrier-sandbox:{webhook.Id}", webhook.Status, now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return TrackingWebhookOutcome.Replayed;
        }

        var shipment = await db.Shipments.SingleOrDefaultAsync(s => s.TrackingNumber == webhook.TrackingNumber, ct);
        if (shipment is null)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return TrackingWebhookOutcome.UnknownShipment;
        }

        var outcome = TrackingWebhookOutcome.Ignored;
        if (shipment.CanAdvanceTo(status))
        {
            var note = webhook.Note is { Length: > 0 } n ? n[..Math.Min(n.Length, 200)] : null;
            shipment.Advance(status, now, note);
            outcome = TrackingWebhookOutcome.Processed;
            await SaveAndFollowOrderAsync(shipment, now, ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        outboxSignal.Notify();
        return outcome;
    }

    /// <summary>
    /// The order is delivered when its last parcel is. A refused or returned parcel is recorded on the order, whose
    /// event asks for the steps that follow (refusal, restock: <see cref="OrderPipelineRoutes"/>); a failed attempt
    /// changes nothing (the carrier tries again).
    /// </summary>
    private async Task SaveAndFollowOrderAsync(Shipment shipment, DateTimeOffset now, CancellationToken ct)
    {
        if (shipment.Status is ShipmentStatus.Refused or ShipmentStatus.ReturnedToSender)
        {
            await ReportUndeliveredAsync(shipment, now, ct);
            return;
        }

        if (shipment.Status != ShipmentStatus.Delivered)
        {
            return;
        }

        var others = await db.Shipments.Where(s => s.OrderId == shipment.OrderId && s.Id != shipment.Id).ToListAsync(ct);
        var order = await db.Orders.SingleAsync(o => o.Id == shipment.OrderId, ct);
        var request = new TransitionRequest(Actor, now, Note: others.Count == 0 ? "Delivered." : $"All {others.Count + 1} parcels delivered.");
        if (others.All(s => s.Status == ShipmentStatus.Delivered) && order.WhyNot(OrderTransition.Deliver, request) is null)
        {
            order.Apply(OrderTransition.Deliver, request);
            OrderOutbox.Enqueue(db, order, now);
        }
    }

    private async Task ReportUndeliveredAsync(Shipment shipment, DateTimeOffset now, CancellationToken ct)
    {
        var returned = shipment.Status == ShipmentStatus.ReturnedToSender;
        var transition = returned ? OrderTransition.ReportParcelReturned : OrderTransition.ReportParcelRefused;
        var request = new TransitionRequest(Actor, now, Note: returned ? $"Parcel {shipment.Number} came back to the sender." : $"Parcel {shipment.Number} was refused at the door.");

        // With its events: the routes ask for each step on the first report only (OrderPipelineRoutes).
        var order = await db.Orders.Include(o => o.Events).SingleAsync(o => o.Id == shipment.OrderId, ct);
        if (order.WhyNot(transition, request) is not null)
        {
            return;
        }

        if (returned)
        {
            // A later parcel of the same order: the restock step ran or is running, so it is asked to run again
            // (its movements are keyed by parcel, so what it put back before stays put back once). A run in
            // progress loses its lease: it may have read the parcels before this one came back, and its
            // completion, conditional on the lease, now rolls back instead of marking the step done.
            var restock = OrderPipelineRoutes.ParcelRestock;
            await db.PipelineSteps
                .Where(s => s.OrderId == order.Id && s.Handler == restock && (s.Status == PipelineStepStatus.Done || s.Status == PipelineStepStatus.Pending))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.Status, PipelineStepStatus.Pending)
                    .SetProperty(x => x.Attempts, 0)
                    .SetProperty(x => x.NextAttemptAt, now)
                    .SetProperty(x => x.LeaseOwner, (Guid?)null)
                    .SetProperty(x => x.LeaseExpiresAt, (DateTimeOffset?)null)
                    .SetProperty(x => x.CompletedAt, (DateTimeOffset?)null), ct);
        }

        order.Apply(transition, request);
        OrderOutbox.Enqueue(db, order, now);
    }

    public static ShipmentStatus? ParseStatus(string? status) => status switch
    {
        "IN_TRANSIT" => ShipmentStatus.InTransit,
        "OUT_FOR_DELIVERY" => ShipmentStatus.OutForDelivery,
        "DELIVERED" => ShipmentStatus.Delivered,
        "DELIVERY_FAILED" => ShipmentStatus.DeliveryFailed,
        "REFUSED" => ShipmentStatus.Refused,
        "RETURNED_TO_SENDER" => ShipmentStatus.ReturnedToSender,
        _ => null,
    };

    public static string Format(ShipmentStatus status) => status switch
    {
        ShipmentStatus.InTransit => "IN_TRANSIT",
        ShipmentStatus.OutForDelivery => "OUT_FOR_DELIVERY",
        ShipmentStatus.Delivered => "DELIVERED",
        ShipmentStatus.DeliveryFailed => "DELIVERY_FAILED",
        ShipmentStatus.Refused => "REFUSED",
        ShipmentStatus.ReturnedToSender => "RETURNED_TO_SENDER",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Carriers do not report this status."),
    };
}
