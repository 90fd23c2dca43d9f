using Headless.Infrastructure.Caching;
using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Tests.Messaging;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Redis;

/// <summary>
/// With Redis configured, separate API instances (here: separate service providers, each with its own
/// connection) see one cache and one bus. This is what the in-process fallback cannot do.
/// </summary>
public sealed class RedisSharedAcrossInstancesTests(RedisServer redis) : IClassFixture<RedisServer>
{
    [Fact]
    public async Task EntryStoredByOneInstanceIsReadByAnother()
    {
        await using var writer = MessagingHost.WithRedis(redis.Configuration);
        await using var reader = MessagingHost.WithRedis(redis.Configuration);
        var key = $"shared:{Guid.NewGuid():N}";

        await writer.Get<ICacheStore>().SetAsync(key, "from the writer", TimeSpan.FromMinutes(1));

        Assert.Equal("from the writer", await reader.Get<ICacheStore>().GetAsync(key));
    }

    [Fact]
    public async Task MessagePublishedByOneInstanceReachesSubscribersOfAnother()
    {
        await using var publisher = MessagingHost.WithRedis(redis.Configuration);
        await using var listener = MessagingHost.WithRedis(redis.Configuration);
        var topic = $"shared.{Guid.NewGuid():N}";
        await using var subscription = await listener.Get<IMessageBus>().SubscribeAsync(topic);

        await publisher.Get<IMessageBus>().PublishAsync(topic, "across instances");

        Assert.Equal(["across instances"], await Received.TakeAsync(subscription, 1));
    }
}
