using Headless.Infrastructure.Messaging;

namespace Headless.Infrastructure.Tests.Messaging;

/// <summary>
/// What every <see cref="IMessageBus"/> must do, whichever backs it. Each implementation gets a subclass
/// that says how to build its host. Topics are unique per test so that tests sharing a server stay apart.
/// </summary>
public abstract class MessageBusContract : IAsyncLifetime
{
    private MessagingHost? _host;

    protected IMessageBus Bus => _host!.Get<IMessageBus>();

    protected abstract MessagingHost CreateHost();

    protected static string UniqueTopic(string name) => $"{name}.{Guid.NewGuid():N}";

    public Task InitializeAsync()
    {
        _host = CreateHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscriberReceivesMessagesInTheOrderTheyWerePublished()
    {
        var topic = UniqueTopic("orders");
        await using var subscription = await Bus.SubscribeAsync(topic);

        foreach (var message in new[] { "first", "second", "third" })
        {
            await Bus.PublishAsync(topic, message);
        }

        Assert.Equal(["first", "second", "third"], await Received.TakeAsync(subscription, 3));
    }

    [Fact]
    public async Task EverySubscriberReceivesABurstOfMessagesInTheOrderTheyWerePublished()
    {
        // Order status events of one order are published back to back; a subscriber must never see them reordered.
        var topic = UniqueTopic("burst");
        var subscriptions = new List<IMessageSubscription>();
        for (var i = 0; i < 5; i++)
        {
            subscriptions.Add(await Bus.SubscribeAsync(topic));
        }

        try
        {
            var published = Enumerable.Range(0, 1000).Select(i => $"event {i}").ToList();
            // Issued one after another without waiting for each, so they reach a subscriber together.
            await Task.WhenAll(published.Select(message => Bus.PublishAsync(topic, message)));

            foreach (var subscription in subscriptions)
            {
                Assert.Equal(published, await Received.TakeAsync(subscription, published.Count));
            }
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
    public async Task ABatchPublishedTogetherArrivesInItsOrderOnEachTopic()
    {
        var first = UniqueTopic("batch-a");
        var second = UniqueTopic("batch-b");
        await using var one = await Bus.SubscribeAsync(first);
        await using var other = await Bus.SubscribeAsync(second);
        var batch = Enumerable.Range(0, 200).Select(i => new BusMessage(i % 2 == 0 ? first : second, $"m{i}")).ToList();

        var accepted = await Bus.PublishInOrderAsync(batch);
        await Task.WhenAll(accepted);

        Assert.Equal(200, accepted.Count);
        Assert.Equal(batch.Where(m => m.Topic == first).Select(m => m.Message), await Received.TakeAsync(one, 100));
        Assert.Equal(batch.Where(m => m.Topic == second).Select(m => m.Message), await Received.TakeAsync(other, 100));
    }

    [Fact]
    public async Task MessageArrivesUnchangedWhateverItContains()
    {
        var topic = UniqueTopic("payloads");
        const string payload = "{\"name\":\"Çay bardağı ☕\",\"lines\":[1,2],\"note\":\"tab\\tand\\nnewline\"}";
        await using var subscription = await Bus.SubscribeAsync(topic);

        await Bus.PublishAsync(topic, payload);
        await Bus.PublishAsync(topic, "");

        Assert.Equal([payload, ""], await Received.TakeAsync(subscription, 2));
    }

    [Fact]
    public async Task SubscriberReceivesNothingPublishedToOtherTopics()
    {
        var topic = UniqueTopic("mine");
        await using var subscription = await Bus.SubscribeAsync(topic);

        await Bus.PublishAsync(UniqueTopic("other"), "not for me");
        await Bus.PublishAsync(topic, "for me");

        Assert.Equal(["for me"], await Received.TakeAsync(subscription, 1));
    }

    [Fact]
    public async Task TopicsAreMatchedLiterallyNotAsPatterns()
    {
        var prefix = UniqueTopic("catalog");
        await using var subscription = await Bus.SubscribeAsync(prefix + ".*");

        await Bus.PublishAsync(prefix + ".product", "matched by a pattern only");
        await Bus.PublishAsync(prefix + ".*", "exact topic");

        Assert.Equal(["exact topic"], await Received.TakeAsync(subscription, 1));
    }

    [Fact]
    public async Task EverySubscriberOfATopicReceivesEachMessage()
    {
        var topic = UniqueTopic("fanout");
        await using var first = await Bus.SubscribeAsync(topic);
        await using var second = await Bus.SubscribeAsync(topic);

        await Bus.PublishAsync(topic, "hello");

        Assert.Equal(["hello"], await Received.TakeAsync(first, 1));
        Assert.Equal(["hello"], await Received.TakeAsync(second, 1));
    }

    [Fact]
    public async Task DisposingOneSubscriptionEndsItsReadingAndLeavesTheOthersListening()
    {
        var topic = UniqueTopic("leaving");
        var leaving = await Bus.SubscribeAsync(topic);
        await using var staying = await Bus.SubscribeAsync(topic);

        var reading = Received.TakeAsync(leaving, 1);
        await leaving.DisposeAsync();
        await Bus.PublishAsync(topic, "after leaving");

        var readBeforeDeadline = await Task.WhenAny(reading, Task.Delay(Received.Patience)) == reading;
        Assert.True(readBeforeDeadline, "reading a disposed subscription should end at once");
        Assert.Empty(await reading);
        Assert.Equal(["after leaving"], await Received.TakeAsync(staying, 1));
    }

    [Fact]
    public async Task MessagesPublishedBeforeSubscribingAreNotReplayed()
    {
        var topic = UniqueTopic("late");
        await Bus.PublishAsync(topic, "too early");
        await using var subscription = await Bus.SubscribeAsync(topic);

        await Bus.PublishAsync(topic, "in time");

        Assert.Equal(["in time"], await Received.TakeAsync(subscription, 1));
    }
}
