namespace Headless.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request and their dispatcher. An operation runs under a <see cref="DispatchContext"/>
/// that counts every continuation of its resolvers; a batch is sent only when keys wait, nothing counted is running
/// and no batch is in flight. By then every sibling at a level has enqueued its key, whatever thread it ran on,
/// so a list of N objects costs one batch per level.
/// </summary>
/// <remarks>
/// Work that leaves the context — a resolver awaiting I/O with <c>ConfigureAwait(false)</c> before it loads —
/// is invisible to the count; its keys still load, but may go in a batch of their own. No batch is sent while another
/// is in flight (loaders of one level answering at different speeds still feed one batch of the next level), so a
/// batch function must not wait on another loader of the same request.
/// </remarks>
public sealed class DataLoaderScope
{
    /// <summary>The key under which the executor keeps the scope in the request's <c>Items</c>.</summary>
    public const string ItemsKey = "Headless.GraphQL.DataLoaderScope";

    private readonly Lock _gate = new();
    private readonly Dictionary<Type, DataLoaderBase> _loaders = [];
    private readonly List<DispatchContext> _running = [];

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
    /// Starts <paramref name="start"/> under a fresh <see cref="DispatchContext"/> and drives it to the end, sending
    /// batches whenever all of its work waits. Work that completes without waiting costs no task.
    /// </summary>
    public ValueTask<T> RunAsync<TState, T>(Func<TState, ValueTask<T>> start, TState state, CancellationToken cancellationToken)
    {
        var context = new DispatchContext();
        lock (_gate)
        {
            _running.Add(context);
        }

        ValueTask<T> work;
        try
        {
            work = context.RunCounted(start, state);
        }
        catch
        {
            Finish(context);
            throw;
        }

        if (work.IsCompleted)
        {
            Finish(context);
            return work;
        }

        return new ValueTask<T>(DriveAsync(context, work.AsTask(), cancellationToken));
    }

    /// <summary>Called by a loader when its first key of a batch arrives, possibly from work the context cannot see.</summary>
    internal void OnKeysPending()
    {
        DispatchContext[] running;
        lock (_gate)
        {
            running = [.. _running];
        }

        foreach (var context in running)
        {
            if (context.IsIdle)
            {
                context.Wake();
            }
        }
    }

    private async Task<T> DriveAsync<T>(DispatchContext context, Task<T> work, CancellationToken cancellationToken)
    {
        try
        {
            Task batches = Task.CompletedTask;
            while (true)
            {
                // Armed before looking, so that a change after the look still wakes the loop.
                var wake = context.ArmWake();
                if (work.IsCompleted || context.Failure is not null)
                {
                    break;
                }

                if (context.IsIdle && batches.IsCompleted && HasPendingBatches)
                {
                    // Counted and under the context: results set inline and every continuation of the batch stay visible.
                    batches = context.RunCounted(static run => run.Scope.DispatchAsync(run.Token), (Scope: this, Token: cancellationToken));
                    continue;
                }

                await Task.WhenAny(work, wake).ConfigureAwait(false);
            }
        }
        finally
        {
            Finish(context);
        }

        if (context.Failure is { } failure && !work.IsCompleted)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        }

        return await work.ConfigureAwait(false);
    }

    private void Finish(DispatchContext context)
    {
        context.Close();
        lock (_gate)
        {
            _running.Remove(context);
        }
    }
}
