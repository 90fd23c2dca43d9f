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

    [Fact]
    public async Task ManySubscribersOfOneTopicShareOneRedisSubscriptionAndEachReceivesTheMessage()
    {
        await using var stats = await RedisServerStats.ConnectAsync(redis.Configuration);
        await using (await Bus.SubscribeAsync(UniqueTopic("warm-up")))
        {
            // Connects the bus (and its own SUBSCRIBEs) before counting.
        }

        var topic = UniqueTopic("crowd");
        var before = await stats.SubscribeCommandsAsync();
        var subscriptions = await Task.WhenAll(Enumerable.Range(0, 1000).Select(_ => Bus.SubscribeAsync(topic)));
        try
        {
            Assert.Equal(1, await stats.SubscribeCommandsAsync() - before);
            Assert.Equal(1, await stats.ListenersAsync(topic));

            await Bus.PublishAsync(topic, "to all");

            var received = await Task.WhenAll(subscriptions.Select(s => Received.TakeAsync(s, 1)));
            Assert.All(received, messages => Assert.Equal(["to all"], messages));
        }
        finally
        {
            foreach (var subscription in subscriptions)
            {
                await subscription.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task SubscribersJoiningWhileTheFirstSubscribeIsInFlightReceiveTheFirstMessagePublishedAfterTheyReturn()
    {
        for (var i = 0; i < 20; i++)
        {
            var topic = UniqueTopic("joining");
            var subscribing = Enumerable.Range(0, 50).Select(_ => Bus.SubscribeAsync(topic)).ToList();
            var subscriptions = new List<IMessageSubscription>();
            foreach (var pending in subscribing)
            {
                // Publish the moment each one returns: the message must reach it, and everyone returned before it.
                var subscription = await pending;
                subscriptions.Add(subscription);
                await Bus.PublishAsync(topic, $"after {subscriptions.Count}");
            }

            // Each may also have got messages published before it returned (it joined the topic earlier): fine.
            await Bus.PublishAsync(topic, "end");
            for (var n = 0; n < subscriptions.Count; n++)
            {
                var messages = await ReadUntilAsync(subscriptions[n], "end");
                Assert.Contains($"after {n + 1}", messages);
                await subscriptions[n].DisposeAsync();
            }
        }
    }

    private static async Task<IReadOnlyList<string>> ReadUntilAsync(IMessageSubscription subscription, string last)
    {
        using var deadline = new CancellationTokenSource(Received.Patience);
        var messages = new List<string>();
        await foreach (var message in subscription.ReadAllAsync(deadline.Token))
        {
            messages.Add(message);
            if (message == last)
            {
                break;
            }
        }

        return messages;
    }

    [Fact]
    public async Task TheRedisSubscriptionEndsOnlyWhenTheLastLocalSubscriberLeaves()
    {
        await using var stats = await RedisServerStats.ConnectAsync(redis.Configuration);
        var topic = UniqueTopic("last");
        var first = await Bus.SubscribeAsync(topic);
        var second = await Bus.SubscribeAsync(topic);
        await using var third = await Bus.SubscribeAsync(topic);

        await first.DisposeAsync();
        await second.DisposeAsync();
        await Bus.PublishAsync(topic, "still listening");

        Assert.Equal(["still listening"], await Received.TakeAsync(third, 1));
        Assert.Equal(1, await stats.ListenersAsync(topic));

        await third.DisposeAsync();
        Assert.Equal(0, await stats.ListenersEventuallyAsync(topic, 0));
    }

    [Fact]
    public async Task ATopicSubscribedAgainWhileItsLastSubscriberIsLeavingStillReceives()
    {
        // The UNSUBSCRIBE of the leaving one and the SUBSCRIBE of the new one must not cross.
        await using var stats = await RedisServerStats.ConnectAsync(redis.Configuration);
        var topic = UniqueTopic("again");
        for (var i = 0; i < 50; i++)
        {
            var leaving = await Bus.SubscribeAsync(topic);
            var left = leaving.DisposeAsync().AsTask();
            await using var arriving = await Bus.SubscribeAsync(topic);
            await left;
            await Bus.PublishAsync(topic, $"round {i}");

            Assert.Equal([$"round {i}"], await Received.TakeAsync(arriving, 1));
        }

        Assert.Equal(0, await stats.ListenersEventuallyAsync(topic, 0));
    }
}
