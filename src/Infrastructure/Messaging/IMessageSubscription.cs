namespace Headless.Infrastructure.Messaging;

/// <summary>
/// A live subscription to one topic. Reading it yields messages in the order they arrived; disposing it
/// stops delivery and ends any enumeration in progress.
/// </summary>
public interface IMessageSubscription : IAsyncDisposable
{
    string Topic { get; }

    /// <summary>
    /// Messages as they arrive; completes when the subscription is disposed. Read it from one consumer at a
    /// time: concurrent readers would each get only some of the messages.
    /// </summary>
    IAsyncEnumerable<string> ReadAllAsync(CancellationToken cancellationToken = default);
}
