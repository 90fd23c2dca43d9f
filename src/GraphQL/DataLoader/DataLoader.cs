using System.Diagnostics;
using Headless.GraphQL.Diagnostics;

namespace Headless.GraphQL.DataLoader;

/// <summary>
/// Collects keys until its scope dispatches, then fetches them in one call; each key is fetched at most once per
/// loader instance (a loader lives for one request, so this is also the request's cache).
/// </summary>
public abstract class DataLoader<TKey, TValue> : DataLoaderBase
    where TKey : notnull
{
    private readonly object _gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> _results;
    private List<TKey> _pending = [];

    protected DataLoader(IEqualityComparer<TKey>? keyComparer = null)
    {
        _results = new Dictionary<TKey, TaskCompletionSource<TValue>>(keyComparer);
    }

    internal override bool HasPendingKeys
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>The value for <paramref name="key"/>; completes when the scope dispatches the batch holding it.</summary>
    public Task<TValue> LoadAsync(TKey key)
    {
        TaskCompletionSource<TValue> result;
        bool firstPending;
        lock (_gate)
        {
            if (_results.TryGetValue(key, out var known))
            {
                return known.Task;
            }

            // Continuations run inline when the batch completes, so dependants enqueue their keys before the next dispatch.
            result = new TaskCompletionSource<TValue>();
            _results.Add(key, result);
            _pending.Add(key);
            firstPending = _pending.Count == 1;
        }

        if (firstPending)
        {
            Scope?.OnKeysPending();
        }

        return result.Task;
    }

    public Task<TValue[]> LoadManyAsync(IEnumerable<TKey> keys) => Task.WhenAll(keys.Select(LoadAsync));

    /// <summary>Sends the waiting keys now; only needed when the loader is used outside an executor's scope.</summary>
    public Task DispatchNowAsync(CancellationToken cancellationToken = default) => DispatchAsync(cancellationToken);

    internal override async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            keys = _pending;
            _pending = [];
        }

        var sources = new TaskCompletionSource<TValue>[keys.Count];
        lock (_gate)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                sources[i] = _results[keys[i]];
            }
        }

        GraphQLTelemetry.DataLoaderBatchSize.Record(keys.Count, new KeyValuePair<string, object?>(GraphQLTelemetry.DataLoaderNameAttribute, Name));
        using var span = GraphQLTelemetry.Source.StartActivity(GraphQLTelemetry.DataLoaderBatchSpanName);
        span?.SetTag(GraphQLTelemetry.DataLoaderNameAttribute, Name);
        span?.SetTag(GraphQLTelemetry.BatchSizeAttribute, keys.Count);
        IReadOnlyList<TValue> values;
        try
        {
            // Resumes on the caller's context on purpose: under the executor that is the operation's dispatch
            // context, so the results below are set inside its count and the next batch waits for their dependants.
            values = await FetchAsync(keys, cancellationToken).ConfigureAwait(true);
        }
        catch (Exception error)
        {
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            Complete(sources, static (source, _, error) => source.TrySetException(error!), null, error);
            return;
        }

        Complete(sources, static (source, value, _) => source.TrySetResult(value!), values, null);
    }

    /// <summary>
    /// Completes the waiting loads with no synchronization context current, while still inside the dispatch
    /// context's count: dependants that asked not to come back to a context (<c>ConfigureAwait(false)</c>, common in
    /// library code) may then run inline, so they stay counted, and dependants that captured the dispatch context are
    /// posted back to it, counted as well. Under a context the runtime would queue the former to the thread pool,
    /// where no count sees them, and the next batch could leave without their keys.
    /// </summary>
    private static void Complete(
        TaskCompletionSource<TValue>[] sources,
        Action<TaskCompletionSource<TValue>, TValue?, Exception?> complete,
        IReadOnlyList<TValue>? values,
        Exception? error)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            for (var i = 0; i < sources.Length; i++)
            {
                complete(sources[i], values is null ? default : values[i], error);
            }
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    /// <summary>The values of <paramref name="keys"/>, in the same order.</summary>
    private protected abstract Task<IReadOnlyList<TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);
}
