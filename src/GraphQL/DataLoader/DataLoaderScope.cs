namespace Headless.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request and their dispatcher. The executor marks the stretches in which it is starting
/// field work (<see cref="Enter"/>/<see cref="Exit"/>); a batch is dispatched only when keys wait and no such
/// stretch runs, so every sibling at a level has enqueued its key first: N objects cost one batch per level.
/// </summary>
public sealed class DataLoaderScope
{
    /// <summary>The key under which the executor keeps the scope in the request's <c>Items</c>.</summary>
    public const string ItemsKey = "Headless.GraphQL.DataLoaderScope";

    private readonly object _gate = new();
    private readonly Dictionary<Type, DataLoaderBase> _loaders = [];
    private int _active;
    private TaskCompletionSource? _signal;

    /// <summary>The loader of type <typeparamref name="T"/> for this request, created on first use.</summary>
    public T GetOrAdd<T>(Func<T> factory)
        where T : DataLoaderBase
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(typeof(T), out var existing))
            {
                return (T)existing;
            }
        }

        var created = factory();
        lock (_gate)
        {
            if (_loaders.TryGetValue(typeof(T), out var raced))
            {
                return (T)raced;
            }

            created.Scope = this;
            _loaders.Add(typeof(T), created);
            return created;
        }
    }

    public bool HasPendingBatches
    {
        get
        {
            lock (_gate)
            {
                foreach (var loader in _loaders.Values)
                {
                    if (loader.HasPendingKeys)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }

    internal bool IsIdle => Volatile.Read(ref _active) == 0;

    /// <summary>Marks the start of executor work that may enqueue keys.</summary>
    public void Enter() => Interlocked.Increment(ref _active);

    public void Exit()
    {
        if (Interlocked.Decrement(ref _active) == 0)
        {
            Signal();
        }
    }

    internal void OnKeysPending()
    {
        if (IsIdle)
        {
            Signal();
        }
    }

    /// <summary>A task that completes at the next moment keys might be ready to dispatch.</summary>
    internal Task WaitForWorkAsync()
    {
        lock (_gate)
        {
            // Asynchronous continuation: the dispatcher must never run inside a resolver's LoadAsync call.
            _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }

    private void Signal()
    {
        TaskCompletionSource? signal;
        lock (_gate)
        {
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Sends every waiting batch (all loaders at once) and returns when their results are set.</summary>
    public Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<Task>? running = null;
        DataLoaderBase[] loaders;
        lock (_gate)
        {
            loaders = [.. _loaders.Values];
        }

        foreach (var loader in loaders)
        {
            if (loader.HasPendingKeys)
            {
                (running ??= []).Add(loader.DispatchAsync(cancellationToken));
            }
        }

        return running is null ? Task.CompletedTask : Task.WhenAll(running);
    }

    /// <summary>
    /// Waits for <paramref name="work"/>, dispatching batches whenever keys wait and the executor is idle.
    /// </summary>
    public async Task<T> RunAsync<T>(Task<T> work, CancellationToken cancellationToken)
    {
        while (!work.IsCompleted)
        {
            if (IsIdle && HasPendingBatches)
            {
                await DispatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var signal = WaitForWorkAsync();
            if (IsIdle && HasPendingBatches)
            {
                continue;
            }

            await Task.WhenAny(work, signal).ConfigureAwait(false);
        }

        return await work.ConfigureAwait(false);
    }
}
