using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Headless.Infrastructure.Messaging;

/// <summary>
/// A subscription backed by a bounded channel, shared by every <see cref="IMessageBus"/> implementation.
/// Publishers never wait on a slow reader: when the buffer is full the oldest message is dropped, because
/// blocking would stall delivery to every other subscriber (and, for Redis, the connection's reader).
/// </summary>
internal sealed class ChannelSubscription : IMessageSubscription
{
    internal const int BufferCapacity = 1024;

    private readonly Channel<string> _messages = Channel.CreateBounded<string>(
        new BoundedChannelOptions(BufferCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = false,
            SingleWriter = false,
        });

    private readonly Func<ChannelSubscription, ValueTask> _unsubscribe;
    private int _disposed;

    public ChannelSubscription(string topic, Func<ChannelSubscription, ValueTask> unsubscribe)
    {
        Topic = topic;
        _unsubscribe = unsubscribe;
    }

    public string Topic { get; }

    public void Deliver(string message) => _messages.Writer.TryWrite(message);

    public async IAsyncEnumerable<string> ReadAllAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var message in _messages.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return message;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _messages.Writer.TryComplete();
        await _unsubscribe(this).ConfigureAwait(false);
    }
}
