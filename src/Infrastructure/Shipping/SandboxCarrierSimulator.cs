using System.Text.Json;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Hosting;
using Headless.Infrastructure.Payments.Webhooks;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Shipping;

/// <summary>
/// The sandbox carrier moving its parcels along by itself (<c>Carriers:Sandbox:AutoAdvance</c>, on in Development):
/// a parcel that has stayed <see cref="CarrierSandboxOptions.AdvanceEvery"/> in a status gets the next one, sent as a
/// signed tracking webhook through <see cref="TrackingWebhookProcessor"/> — the path a real carrier's report takes.
/// The event id is the parcel and status, so instances that both send it act once. An order whose email carries
/// <see cref="RefusalMarker"/> (<c>ada+refuse@example.com</c>) is refused at the door instead of delivered and then
/// comes back to the sender, so a storefront can show the refusal flow without signing a webhook by hand.
/// </summary>
public sealed partial class SandboxCarrierSimulator(
    IServiceScopeFactory scopes,
    CarrierSandboxOptions options,
    TimeProvider clock,
    ILogger<SandboxCarrierSimulator> logger) : PeriodicSweep(scopes, clock)
{
    /// <summary>The email tag (before the <c>@</c>, any case) that makes the sandbox refuse the order's parcels.</summary>
    public const string RefusalMarker = "+refuse@";

    protected override TimeSpan Interval => options.AdvanceEvery <= TimeSpan.Zero ? TimeSpan.Zero : options.AdvanceEvery / 4;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var db = services.GetRequiredService<HeadlessDbContext>();
        var due = Clock.GetUtcNow() - options.AdvanceEvery;
        var moving = await db.Shipments.AsNoTracking()
            .Where(s => s.Carrier == SandboxCarrier.CarrierName && s.UpdatedAt <= due
                && (s.Status == ShipmentStatus.LabelCreated || s.Status == ShipmentStatus.InTransit || s.Status == ShipmentStatus.OutForDelivery || s.Status == ShipmentStatus.Refused))
            .Select(s => new { s.Id, s.TrackingNumber, s.Status, Email = db.Orders.Where(o => o.Id == s.OrderId).Select(o => o.Email).FirstOrDefault() })
            .Take(100)
            .ToListAsync(stoppingToken);
        var processor = services.GetRequiredService<TrackingWebhookProcessor>();
        foreach (var parcel in moving)
        {
            var next = parcel.Status switch
            {
                ShipmentStatus.LabelCreated => ShipmentStatus.InTransit,
                ShipmentStatus.InTransit => ShipmentStatus.OutForDelivery,
                ShipmentStatus.OutForDelivery when Refuses(parcel.Email) => ShipmentStatus.Refused,
                ShipmentStatus.OutForDelivery => ShipmentStatus.Delivered,

                // A refused parcel (by the marker or a carrier's report) is brought back.
                _ => ShipmentStatus.ReturnedToSender,
            };
            var body = JsonSerializer.Serialize(new TrackingWebhookEvent($"trk_{parcel.Id:N}_{next}", parcel.TrackingNumber!, TrackingWebhookProcessor.Format(next)), JsonSerializerOptions.Web);
            await processor.ProcessAsync(SandboxWebhookSignature.Sign(options.WebhookSecret, Clock.GetUtcNow(), body), body, stoppingToken);
        }
    }

    /// <summary>Whether the sandbox refuses parcels of an order placed with this email (see <see cref="RefusalMarker"/>).</summary>
    public static bool Refuses(string? email) => email is not null && email.Contains(RefusalMarker, StringComparison.OrdinalIgnoreCase);

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sandbox carrier could not move its parcels on; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
