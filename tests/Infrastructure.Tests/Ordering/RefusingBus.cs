using Headless.Infrastructure.Messaging;

namespace Headless.Infrastructure.Tests.Ordering;

/// <summary>An in-process bus that refuses every message of a batch from <see cref="RefuseFrom"/> on, as a bus going down mid-batch would.</summary>
public sealed class RefusingBus : IMessageBus
{
    private readonly InProcessMessageBus _inner = new();

    /// <summary>The index in a batch of the first message refused; null accepts everything.</summary>
    public int? RefuseFrom { get; set; }

    public Task PublishAsync(string topic, string message, CancellationToken cancellationToken = default) =>
        _inner.PublishAsync(topic, message, cancellationToken);

    public async Task<IReadOnlyList<Task>> PublishInOrderAsync(IReadOnlyList<BusMessage> messages, CancellationToken cancellationToken = default)
    {
        var refuseFrom = RefuseFrom ?? messages.Count;
        var accepted = await _inner.PublishInOrderAsync([.. messages.Take(refuseFrom)], cancellationToken);
        return [.. accepted, .. messages.Skip(refuseFrom).Select(_ => Task.FromException(new InvalidOperationException("The bus is down.")))];
    }

    public Task<IMessageSubscription> SubscribeAsync(string topic, CancellationToken cancellationToken = default) =>
        _inner.SubscribeAsync(topic, cancellationToken);
}
