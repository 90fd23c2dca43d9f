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
/// The event id is the parcel and status, so instances that both send it act once.
/// </summary>
public sealed partial class SandboxCarrierSimulator(
    IServiceScopeFactory scopes,
    CarrierSandboxOptions options,
    TimeProvider clock,
    ILogger<SandboxCarrierSimulator> logger) : PeriodicSweep(scopes, clock)
{
    protected override TimeSpan Interval => options.AdvanceEvery <= TimeSpan.Zero ? TimeSpan.Zero : options.AdvanceEvery / 4;

    protected override async Task SweepAsync(IServiceProvider services, CancellationToken stoppingToken)
    {
        var db = services.GetRequiredService<HeadlessDbContext>();
        var due = Clock.GetUtcNow() - options.AdvanceEvery;
        var moving = await db.Shipments.AsNoTracking()
            .Where(s => s.Carrier == SandboxCarrier.CarrierName && s.UpdatedAt <= due
                && (s.Status == ShipmentStatus.LabelCreated || s.Status == ShipmentStatus.InTransit || s.Status == ShipmentStatus.OutForDelivery))
            .Select(s => new { s.Id, s.TrackingNumber, s.Status })
            .Take(100)
            .ToListAsync(stoppingToken);
        var processor = services.GetRequiredService<TrackingWebhookProcessor>();
        foreach (var parcel in moving)
        {
            var next = parcel.Status switch
            {
                ShipmentStatus.LabelCreated => ShipmentStatus.InTransit,
                ShipmentStatus.InTransit => ShipmentStatus.OutForDelivery,
                _ => ShipmentStatus.Delivered,
            };
            var body = JsonSerializer.Serialize(new TrackingWebhookEvent($"trk_{parcel.Id:N}_{next}", parcel.TrackingNumber!, TrackingWebhookProcessor.Format(next)), JsonSerializerOptions.Web);
            await processor.ProcessAsync(SandboxWebhookSignature.Sign(options.WebhookSecret, Clock.GetUtcNow(), body), body, stoppingToken);
        }
    }

    protected override void OnSweepFailed(Exception exception) => LogSweepFailed(logger, exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The sandbox carrier could not move its parcels on; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
