using Headless.Infrastructure.Integrations.Webhooks;
using Headless.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Dead letters, replays and refusals, against a real receiver on SQLite.</summary>
public sealed class WebhookDeliveryTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task AfterTheLastRetryTheDeliveryIsDeadLetteredAndReplayingItSendsItAgain()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var accepting = false;
        receiver.Respond = (_, _) => accepting ? 204 : 500;
        var settings = WebhookScenarios.Settings(receiver, ["flaky"], ("Webhooks:Endpoints:flaky:Events:0", "order.created"));
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("dead.db")).StartInstanceAsync(settings);
        await using var sweeps = await RunningSweeps.StartAsync(host.Services);
        await Eventually.HoldsAsync(() => WebhookScenarios.EndpointCountAsync(host), n => n == 1);

        await OrderSteps.PlaceOrdersAsync(host, 1, "dead");
        var dead = await Eventually.HoldsAsync(
            () => host.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleOrDefaultAsync()),
            d => d?.Status == WebhookDeliveryStatus.DeadLettered, Wait);
        await Task.Delay(1500);

        // One first try and one per entry of the two-entry schedule, then nothing more.
        Assert.Equal(3, receiver.On("flaky").Count);
        Assert.Equal((3, 500), (dead!.Attempts, dead.LastStatusCode));
        Assert.Null(dead.NextAttemptAt);
        Assert.NotNull(dead.CompletedAt);

        accepting = true;
        Assert.True(await host.InScopeAsync<WebhookReplay, bool>(r => r.ReplayDeliveryAsync(dead.Id)));
        Assert.False(await host.InScopeAsync<WebhookReplay, bool>(r => r.ReplayDeliveryAsync(Guid.NewGuid())));
        var replayed = await Eventually.HoldsAsync(
            () => host.WithDbAsync(db => db.WebhookDeliveries.AsNoTracking().SingleAsync()),
            d => d.Status == WebhookDeliveryStatus.Succeeded, Wait);

        Assert.Equal((1, 1, 204), (replayed.Attempts, replayed.Replays, replayed.LastStatusCode));
        var received = receiver.On("flaky");
        Assert.Equal(4, received.Count);
        Assert.Single(received.Select(r => r.Id).Distinct());
        Assert.True(received[^1].SignatureValid);
        Assert.Equal(4, await host.WithDbAsync(db => db.WebhookAttempts.CountAsync()));
    }

    [Fact]
    public async Task ReplayingATimeRangeResendsItsEventsIncludingOnesTheEndpointNeverHad()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = WebhookScenarios.Settings(receiver, ["audit"]);
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("range.db")).StartInstanceAsync(settings);

        // Two orders happen before the endpoint exists: it starts at the end of the feed and never gets them.
        var from = DateTimeOffset.UtcNow.AddSeconds(-1);
        await OrderSteps.PlaceOrdersAsync(host, 2, "before");
        while (await host.InScopeAsync<Headless.Infrastructure.Integrations.Feed.FeedSequencer, int>(s => s.SequenceBatchAsync()) > 0)
        {
        }

        await using var sweeps = await RunningSweeps.StartAsync(host.Services);
        await Eventually.HoldsAsync(() => WebhookScenarios.EndpointCountAsync(host), n => n == 1);
        await OrderSteps.PlaceOrdersAsync(host, 1, "after");
        await receiver.WaitUntilAsync(r => r.On("audit").Count == 2, Wait);

        var queued = await host.InScopeAsync<WebhookReplay, int?>(r => r.ReplayRangeAsync("audit", from, DateTimeOffset.UtcNow.AddSeconds(1)));
        Assert.Equal(6, queued);
        Assert.Null(await host.InScopeAsync<WebhookReplay, int?>(r => r.ReplayRangeAsync("nobody", from, DateTimeOffset.UtcNow)));
        await receiver.WaitUntilAsync(r => r.On("audit").Count == 8, Wait);
        await Task.Delay(300);

        var byId = receiver.On("audit").GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(6, byId.Count);
        Assert.Equal(2, byId.Values.Count(n => n == 2));
        Assert.Equal(8, receiver.On("audit").Count);
    }

    [Fact]
    public async Task ARedirectIsAFailedAttemptAndIsNotFollowed()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Respond = (path, _) => path == "moved" ? 307 : 200;
        var settings = WebhookScenarios.Settings(receiver, ["moved"], ("Webhooks:Endpoints:moved:Events:0", "order.created"));
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("redirect.db")).StartInstanceAsync(settings);
        await using var sweeps = await RunningSweeps.StartAsync(host.Services);
        await Eventually.HoldsAsync(() => WebhookScenarios.EndpointCountAsync(host), n => n == 1);

        await OrderSteps.PlaceOrdersAsync(host, 1, "redirect");
        var attempt = await Eventually.HoldsAsync(
            () => host.WithDbAsync(db => db.WebhookAttempts.AsNoTracking().OrderBy(a => a.Attempt).FirstOrDefaultAsync()),
            a => a is not null, Wait);

        Assert.Equal(307, attempt!.StatusCode);
        Assert.Equal(WebhookDeliveryStatus.Pending, attempt.Outcome);
        Assert.Empty(receiver.On("elsewhere"));
    }

    [Fact]
    public async Task OutsideDevelopmentAPlainHttpOrLoopbackEndpointIsRefusedWithAWarningThatKeepsTheSecret()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var settings = WebhookScenarios.Settings(receiver, ["local"], ("Webhooks:AllowInsecureTargets", "false"));
        await using var host = await IntegrationDatabase.Sqlite(_temp.File("refused.db")).StartInstanceAsync(settings);

        Assert.Equal(0, await host.InScopeAsync<WebhookEndpointSync, int>(s => s.SyncAsync()));

        Assert.Equal(0, await WebhookScenarios.EndpointCountAsync(host));
        var warning = Assert.Single(host.Logs.Entries, e => e.Message.Contains("Webhooks:Endpoints:local", StringComparison.Ordinal));
        Assert.Contains("https", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains(WebhookReceiver.Secret, StringComparison.Ordinal));
    }
}
