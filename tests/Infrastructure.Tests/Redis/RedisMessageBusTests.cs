using Headless.Infrastructure.Messaging;
using Headless.Infrastructure.Tests.Messaging;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Redis;

public sealed class RedisMessageBusTests(RedisServer redis) : MessageBusContract, IClassFixture<RedisServer>
{
    protected override MessagingHost CreateHost() => MessagingHost.WithRedis(redis.Configuration);

    [Fact]
    public async Task EveryNewSubscriptionReceivesTheFirstMessagePublishedAfterItReturns()
    {
        // Fresh topics and fresh subscriptions, one message each, published the moment SubscribeAsync returns.
        for (var i = 0; i < 25; i++)
        {
            var topic = UniqueTopic("first");
            await using var subscription = await Bus.SubscribeAsync(topic);
            await Bus.PublishAsync(topic, $"message {i}");

            Assert.Equal([$"message {i}"], await Received.TakeAsync(subscription, 1));
        }
    }

    [Fact]
    public async Task TheFirstSubscriptionOfAFreshConnectionReceivesTheFirstMessagePublishedAfterItReturns()
    {
        // The window that matters most: the multiplexer (and its subscription connection) is brand new.
        for (var i = 0; i < 10; i++)
        {
            await using var host = MessagingHost.WithRedis(redis.Configuration);
            var bus = host.Get<IMessageBus>();
            var topic = UniqueTopic("fresh");
            await using var subscription = await bus.SubscribeAsync(topic);
            await bus.PublishAsync(topic, $"message {i}");

            Assert.Equal([$"message {i}"], await Received.TakeAsync(subscription, 1));
        }
    }

    [Fact]
    public async Task AnotherSubscriptionStartingOnTheTopicDeliversNothingExtraToThoseAlreadyThere()
    {
        var topic = UniqueTopic("shared");
        await using var first = await Bus.SubscribeAsync(topic);
        await using var second = await Bus.SubscribeAsync(topic);
        await using var third = await Bus.SubscribeAsync(topic);

        await Bus.PublishAsync(topic, "only this");

        Assert.Equal(["only this"], await Received.TakeAsync(first, 2, TimeSpan.FromSeconds(1)));
        Assert.Equal(["only this"], await Received.TakeAsync(second, 2, TimeSpan.FromSeconds(1)));
    }
}
