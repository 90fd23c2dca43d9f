namespace Headless.Infrastructure.Persistence;

/// <summary>
/// Reads keyed by <typeparamref name="TKey"/> that callers asking while one is under way share. Sibling GraphQL fields
/// resolve side by side on one request's context, and a context runs one query at a time (PostgreSQL refuses a second).
/// Once done a read is forgotten, so a scope that lives long (a subscription) still sees the data move on.
/// </summary>
public sealed class SharedReads<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, Task<TValue>> _running = [];

    public Task<TValue> GetAsync(TKey key, Func<TKey, Task<TValue>> read)
    {
        lock (_running)
        {
            if (!_running.TryGetValue(key, out var running))
            {
                running = read(key);
                _running[key] = running;
                _ = running.ContinueWith(_ => Forget(key), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            }

            return running;
        }
    }

    private void Forget(TKey key)
    {
        lock (_running)
        {
            _running.Remove(key);
        }
    }
}
