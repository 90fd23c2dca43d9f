using Headless.Infrastructure.Caching;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Tests.Messaging;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Redis;

/// <summary>
/// Redis going away and coming back must not need an API restart: the connection comes back by itself
/// and live subscriptions keep delivering. Each test restarts the class's own server, so they run in
/// one class (xunit runs a class's tests one at a time).
/// </summary>
public sealed class RedisRestartTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(30);

    public Task InitializeAsync() => redis.StartAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task CacheWorksAgainAfterRedisRestarts()
    {
        await using var host = MessagingHost.WithRedis(redis.Configuration);
        var cache = host.Get<ICacheStore>();
        await cache.SetAsync("restart:before", "lost with the server", TimeSpan.FromMinutes(1));

        await redis.StopAsync();
        await redis.StartAsync();

        var key = $"restart:{Guid.NewGuid():N}";
        await Eventually(() => cache.SetAsync(key, "after restart", TimeSpan.FromMinutes(1)));
        Assert.Equal("after restart", await cache.GetAsync(key));
        Assert.Null(await cache.GetAsync("restart:before"));
    }

    [Fact]
    public async Task SubscriptionKeepsDeliveringAfterRedisRestarts()
    {
        await using var host = MessagingHost.WithRedis(redis.Configuration);
        var bus = host.Get<IMessageBus>();
        var topic = $"restart.{Guid.NewGuid():N}";
        await using var subscription = await bus.SubscribeAsync(topic);
        await bus.PublishAsync(topic, "before");
        Assert.Equal(["before"], await Received.TakeAsync(subscription, 1));

        await redis.StopAsync();
        await redis.StartAsync();

        // Messages published before the subscription is re-established are lost (pub/sub keeps nothing),
        // so publish until one arrives.
        var deadline = DateTime.UtcNow + RecoveryDeadline;
        IReadOnlyList<string> received = [];
        for (var attempt = 0; received.Count == 0 && DateTime.UtcNow < deadline; attempt++)
        {
            await Eventually(() => bus.PublishAsync(topic, $"after {attempt}"));
            received = await Received.TakeAsync(subscription, 1, TimeSpan.FromMilliseconds(250));
        }

        Assert.Single(received);
        Assert.StartsWith("after ", received[0]);
    }

    [Fact]
    public async Task SubscriptionCanBeDisposedWhileRedisIsDown()
    {
        await using var host = MessagingHost.WithRedis(redis.Configuration);
        var bus = host.Get<IMessageBus>();
        var topic = $"outage.{Guid.NewGuid():N}";
        var subscription = await bus.SubscribeAsync(topic);
        var reading = Received.TakeAsync(subscription, 1);

        await redis.StopAsync();
        await subscription.DisposeAsync();

        Assert.Empty(await reading);
    }

    private static async Task Eventually(Func<Task> action)
    {
        var deadline = DateTime.UtcNow + RecoveryDeadline;
        while (true)
        {
            try
            {
                await action();
                return;
            }
            catch (Exception) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }
}
