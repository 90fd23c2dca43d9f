using Headless.Infrastructure.Integrations.Webhooks;
using Headless.Infrastructure.Tests.Ordering;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Outbound webhook behaviours against a real receiver, on every database.</summary>
internal static class WebhookScenarios
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    /// <summary>Fast rhythm for tests: sweeps every 50 ms, retries after 300 ms then 900 ms, no jitter (so the growth is visible).</summary>
    public static (string, string?)[] Settings(WebhookReceiver receiver, string[] paths, params (string, string?)[] extra) =>
    [
        ("Integrations:Feed:Interval", "00:00:00.050"),
        ("Webhooks:PollInterval", "00:00:00.050"),
        ("Webhooks:RetrySchedule:0", "00:00:00.300"),
        ("Webhooks:RetrySchedule:1", "00:00:00.900"),
        ("Webhooks:Jitter", "0"),
        .. paths.SelectMany(p => new (string, string?)[]
        {
            ($"Webhooks:Endpoints:{p}:Url", receiver.Url(p)),
            ($"Webhooks:Endpoints:{p}:Secret", WebhookReceiver.Secret),
        }),
        .. extra,
    ];

    public static Task<int> EndpointCountAsync(OrderingHost host) => host.WithDbAsync(db => db.WebhookEndpoints.CountAsync());

    public static async Task DeliveriesAreSignedAndRetriedWithGrowingDelaysUntilTheReceiverAccepts(IntegrationDatabase database)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (_, n) => n <= 2 ? 500 : 200;
        var settings = Settings(receiver, ["shop"], ("Webhooks:Endpoints:shop:Events:0", "order.created"));
        await using var first = await database.StartInstanceAsync(settings);
        await using var second = await database.StartInstanceAsync(settings);
        await using var sweeps1 = await RunningSweeps.StartAsync(first.Services);
        await using var sweeps2 = await RunningSweeps.StartAsync(second.Services);
        await Eventually.HoldsAsync(() => EndpointCountAsync(first), n => n == 1);

        await OrderSteps.PlaceOrdersAsync(first, 1, "retry");
        await receiver.WaitUntilAsync(r => r.On("shop").Count >= 3, Wait);
        await Task.Delay(500);

        var received = receiver.On("shop");
        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.True(r.SignatureValid, $"bad signature {r.Signature}"));
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.Contains("\"type\":\"order.created\"", received[0].Body, StringComparison.Ordinal);
        var firstGap = received[1].At - received[0].At;
        var secondGap = received[2].At - received[1].At;
        Assert.True(firstGap >= TimeSpan.FromMilliseconds(300), $"first retry after {firstGap}");
        Assert.True(secondGap >= TimeSpan.FromMilliseconds(900), $"second retry after {secondGap}");
        Assert.True(secondGap > firstGap, $"{secondGap} should exceed {firstGap}");

        var delivery = await first.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync());
        Assert.Equal((WebhookDeliveryStatus.Succeeded, 3, 200), (delivery.Status, delivery.Attempts, delivery.LastStatusCode));
        Assert.Null(delivery.NextAttemptAt);
        var attempts = await first.WithDbAsync(db => db.WebhookAttempts.AsNoTracking().OrderBy(a => a.Attempt).ToListAsync());
        Assert.Equal([500, 500, 200], attempts.Select(a => a.StatusCode ?? 0));
        Assert.Equal([1, 2, 3], attempts.Select(a => a.Attempt));
        Assert.All(attempts.Take(2), a => Assert.Equal((WebhookDeliveryStatus.Pending, "HTTP 500 Internal Server Error"), (a.Outcome, a.Error)));
        Assert.True(attempts[1].NextAttemptAt - attempts[1].AttemptedAt > attempts[0].NextAttemptAt - attempts[0].AttemptedAt);
        Assert.Null(attempts[2].NextAttemptAt);
    }

    public static async Task TwoInstancesDeliverEachEventOncePerEndpoint(IntegrationDatabase database)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = Settings(receiver, ["erp", "crm"]);
        await using var first = await database.StartInstanceAsync(settings);
        await using var second = await database.StartInstanceAsync(settings);
        await using var sweeps1 = await RunningSweeps.StartAsync(first.Services);
        await using var sweeps2 = await RunningSweeps.StartAsync(second.Services);
        await Eventually.HoldsAsync(() => EndpointCountAsync(first), n => n == 2);

        await OrderSteps.PlaceOrdersAsync(first, 5, "once-a");
        await OrderSteps.PlaceOrdersAsync(second, 5, "once-b");
        await receiver.WaitUntilAsync(r => r.On("erp").Count >= 20 && r.On("crm").Count >= 20, Wait);
        await Task.Delay(500);

        foreach (var path in new[] { "erp", "crm" })
        {
            var received = receiver.On(path);
            Assert.Equal(20, received.Count);
            Assert.Equal(20, received.Select(r => r.Id).Distinct().Count());
            Assert.All(received, r => Assert.True(r.SignatureValid));
        }

        // A delivery is marked succeeded after the receiver answered, so on a loaded machine the last marks may lag
        // the receipts; a delivery that needed a second attempt would never count and still fails this.
        var succeededFirstTime = await Eventually.HoldsAsync(
            () => first.WithDbAsync(db => db.WebhookDeliveries.CountAsync(d => d.Status == WebhookDeliveryStatus.Succeeded && d.Attempts == 1)),
            n => n == 40);
        Assert.Equal(40, succeededFirstTime);
        Assert.Equal(40, await first.WithDbAsync(db => db.WebhookDeliveries.CountAsync()));
    }
}
