using Headless.Infrastructure.Integrations.Webhooks;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Api.Integrations;

/// <summary>
/// Development only, until the admin API manages webhooks: <c>GET /dev/webhooks/{endpoint}/deliveries</c> (the
/// delivery log, newest first, 100 at most), <c>POST /dev/webhooks/deliveries/{id}/replay</c> and
/// <c>POST /dev/webhooks/{endpoint}/replay?from=…&amp;to=…</c> (ISO 8601; events that occurred in [from, to)).
/// Not mapped in any other environment.
/// </summary>
public static class WebhookDevelopmentEndpoints
{
    public const string PathPrefix = "/dev/webhooks";

    public static WebApplication MapWebhookToolsInDevelopment(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        app.MapGet(PathPrefix + "/{endpoint}/deliveries", async (string endpoint, HeadlessDbContext db, CancellationToken ct) =>
        {
            var id = await db.WebhookEndpoints.Where(e => e.Name == endpoint).Select(e => (Guid?)e.Id).SingleOrDefaultAsync(ct);
            if (id is null)
            {
                return Results.NotFound(new { code = "UNKNOWN_ENDPOINT" });
            }

            var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == id)
                .OrderByDescending(d => d.Position).Take(100)
                .Select(d => new
                {
                    d.Id, d.Position, d.EventType, status = d.Status.ToString(), d.Attempts, d.NextAttemptAt, d.LastStatusCode,
                    d.LastDurationMs, d.LastError, d.Replays,
                })
                .ToListAsync(ct);
            return Results.Ok(deliveries);
        });
        app.MapPost(PathPrefix + "/deliveries/{id:guid}/replay", async (Guid id, WebhookReplay replay, CancellationToken ct) =>
            await replay.ReplayDeliveryAsync(id, ct) ? Results.Accepted() : Results.NotFound(new { code = "UNKNOWN_DELIVERY" }));
        app.MapPost(PathPrefix + "/{endpoint}/replay", async (string endpoint, DateTimeOffset from, DateTimeOffset to, WebhookReplay replay, CancellationToken ct) =>
            await replay.ReplayRangeAsync(endpoint, from, to, ct) is { } queued
                ? Results.Accepted(value: new { queued })
                : Results.NotFound(new { code = "UNKNOWN_ENDPOINT" }));
        return app;
    }
}
