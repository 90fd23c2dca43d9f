using Headless.Domain.Ordering;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class OutboxTests : IDisposable
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task EventsCommittedButNeverPublishedAreSentByTheNextPublisher()
    {
        // The process that placed the order "crashed" after commit: it never ran a publisher.
        var file = _temp.File("crash.db");
        Guid orderId;
        await using (var crashed = await OrderingHost.SqliteAsync(file))
        {
            var variant = await crashed.SeedVariantAsync(onHand: 3);
            orderId = (await crashed.PlaceOrderAsync(await crashed.ReadyCartAsync((variant, 1)), "crash-key")).Order!.Id;
        }

        await using var restarted = await OrderingHost.SqliteAsync(file);
        await using var subscription = await restarted.Bus.SubscribeAsync(OrderTopics.ForOrder(orderId));

        var sent = await restarted.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync());

        Assert.Equal(2, sent);
        var received = await ReadAsync(subscription, 2);
        Assert.Equal([(1, OrderState.Placed), (2, OrderState.PaymentAuthorized)], received.Select(m => (m.Sequence, m.State)));
        Assert.Equal(0, await restarted.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null)));
    }

    [Fact]
    public async Task RowsClaimedByAPublisherThatDiedAreSentAgainAfterTheLease()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var host = await OrderingHost.SqliteAsync(_temp.File("lease.db"), clock);
        var variant = await host.SeedVariantAsync(onHand: 3);
        var orderId = (await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), "lease-key")).Order!.Id;

        // A publisher claims the rows, then dies before sending: its bus throws on the first publish.
        await host.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LeaseOwner, Guid.NewGuid())
            .SetProperty(m => m.LeaseExpiresAt, clock.Now.AddSeconds(30))));
        await using var subscription = await host.Bus.SubscribeAsync(OrderTopics.ForOrder(orderId));

        Assert.Equal(0, await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync()));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(2, await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync()));

        Assert.Equal([1, 2], (await ReadAsync(subscription, 2)).Select(m => m.Sequence));
    }

    [Fact]
    public async Task ConcurrentPublishersSendEachRowOnce()
    {
        var file = _temp.File("instances.db");
        await using var first = await OrderingHost.SqliteAsync(file);
        await using var second = await OrderingHost.SqliteAsync(file);
        var variant = await first.SeedVariantAsync(onHand: 20);
        for (var i = 0; i < 10; i++)
        {
            await first.PlaceOrderAsync(await first.ReadyCartAsync((variant, 1)), $"k{i}");
        }

        var counts = await Task.WhenAll(
            Task.Run(() => first.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync())),
            Task.Run(() => second.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync())));

        Assert.Equal(20, counts.Sum());
        Assert.Equal(20, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt != null && m.Attempts == 1)));
    }

    [Fact]
    public async Task ABatchIsClaimedAndMarkedSentWithOneUpdateEachWhateverItsSize()
    {
        var statements = new SqlStatementCounter();
        await using var host = await OrderingHost.StartAsync(
            clock: null,
            [("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={_temp.File("batch.db")}")],
            (services, _) => services.AddSingleton<IInterceptor>(statements));
        var variant = await host.SeedVariantAsync(onHand: 20);
        for (var i = 0; i < 10; i++)
        {
            await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), $"b{i}");
        }

        statements.Reset();
        Assert.Equal(20, await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync()));

        // The claim and the mark: not one UPDATE per published row.
        Assert.Equal(2, statements.Commands.Count(c => c.Contains("UPDATE", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(0, await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null)));
    }

    [Fact]
    public async Task ABatchTheBusRefusesPartwayIsMarkedSentUpToTheRefusalAndTheRestIsSentNextTime()
    {
        var bus = new RefusingBus { RefuseFrom = 3 };
        await using var host = await OrderingHost.StartAsync(
            clock: null,
            [("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={_temp.File("refused.db")}")],
            (services, _) => services.AddSingleton<IMessageBus>(bus));
        var variant = await host.SeedVariantAsync(onHand: 5);
        var orderIds = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            orderIds.Add((await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), $"r{i}")).Order!.Id);
        }

        await using var first = await host.Bus.SubscribeAsync(OrderTopics.ForOrder(orderIds[0]));
        await using var second = await host.Bus.SubscribeAsync(OrderTopics.ForOrder(orderIds[1]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync()));

        // Six rows (two per order) in id order: the first three went out and are marked; the others are free again at once.
        Assert.Equal(3, await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt != null)));
        Assert.Equal(0, await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null && m.LeaseOwner != null)));
        bus.RefuseFrom = null;
        Assert.Equal(3, await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync()));
        Assert.Equal([1, 2], (await ReadAsync(first, 2)).Select(m => m.Sequence));
        Assert.Equal([1, 2], (await ReadAsync(second, 2)).Select(m => m.Sequence));
        Assert.Equal(0, await host.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.PublishedAt == null)));
    }

    [Fact]
    public async Task TheFeedReplaysMissedEventsThenLiveOnesWithoutDuplicates()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("feed.db"));
        var variant = await host.SeedVariantAsync(onHand: 3);
        var placed = await host.PlaceOrderAsync(await host.ReadyCartAsync((variant, 1)), "feed-key");
        var feed = (OrderStatusFeed)host.Services.GetService(typeof(OrderStatusFeed))!;
        using var timeout = new CancellationTokenSource(Wait);

        var stream = await feed.SubscribeAsync(placed.Order!.Id, placed.AccessToken, after: 1, timeout.Token);
        Assert.Null(await feed.SubscribeAsync(placed.Order.Id, "wrong-token", 0, timeout.Token));
        var reader = stream!.GetAsyncEnumerator(timeout.Token);

        Assert.True(await reader.MoveNextAsync());
        Assert.Equal(2, reader.Current.Sequence);

        // Publishing twice is harmless: the outbox is at-least-once, the feed drops what it has seen.
        await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync());
        await host.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, (DateTimeOffset?)null)));
        await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync());
        await host.InScopeAsync<Payments.Webhooks.SandboxWebhookProcessor, Payments.Webhooks.WebhookOutcome>(p =>
            WebhookTests.SendAsync(p, "evt_feed", "payment.captured", host, placed.Order.Id));
        await host.InScopeAsync<OutboxDispatcher, int>(d => d.DispatchBatchAsync());

        Assert.True(await reader.MoveNextAsync());
        Assert.Equal((3, OrderState.PaymentCaptured), (reader.Current.Sequence, reader.Current.State));
        await reader.DisposeAsync();
    }

    private static async Task<List<OrderStatusMessage>> ReadAsync(IMessageSubscription subscription, int count)
    {
        using var timeout = new CancellationTokenSource(Wait);
        var messages = new List<OrderStatusMessage>();
        await foreach (var payload in subscription.ReadAllAsync(timeout.Token))
        {
            messages.Add(OrderStatusMessage.Parse(payload));
            if (messages.Count == count)
            {
                break;
            }
        }

        return messages;
    }
}
