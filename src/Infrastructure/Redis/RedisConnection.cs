using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Headless.Infrastructure.Redis;

/// <summary>
/// The one multiplexer this process shares, connected on first use so that a missing Redis never stops
/// the host from starting; readiness reports it instead. The multiplexer keeps retrying in the
/// background and re-issues its subscriptions after a reconnect.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _multiplexer;
    private volatile bool _disposing;

    public RedisConnection(IOptions<RedisOptions> options, IEnumerable<IRedisConnectionListener> listeners)
    {
        var configuration = options.Value.Configuration;
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw new InvalidOperationException("Redis:Configuration is empty; the in-process bus and cache should have been registered instead.");
        }

        var parsed = ConfigurationOptions.Parse(configuration);
        // Start even when Redis is down, and keep reconnecting, instead of failing the first call forever.
        parsed.AbortOnConnectFail = false;
        var observers = listeners.ToList();
        _multiplexer = new Lazy<Task<ConnectionMultiplexer>>(async () =>
        {
            var multiplexer = await ConnectionMultiplexer.ConnectAsync(parsed).ConfigureAwait(false);
            // A connect that finishes while the host shuts down must not reach listeners whose services are gone.
            if (!_disposing)
            {
                foreach (var observer in observers)
                {
                    observer.Connected(multiplexer);
                }
            }

            return multiplexer;
        });
    }

    public async Task<IDatabase> GetDatabaseAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _multiplexer.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return multiplexer.GetDatabase();
    }

    public async Task<ISubscriber> GetSubscriberAsync(CancellationToken cancellationToken)
    {
        var multiplexer = await _multiplexer.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return multiplexer.GetSubscriber();
    }

    public async ValueTask DisposeAsync()
    {
        _disposing = true;
        if (!_multiplexer.IsValueCreated)
        {
            return;
        }

        try
        {
            var multiplexer = await _multiplexer.Value.ConfigureAwait(false);
            await multiplexer.CloseAsync(allowCommandsToComplete: false).ConfigureAwait(false);
            multiplexer.Dispose();
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Shutting down while Redis is unreachable: there is nothing left to close cleanly.
        }
    }
}
