namespace Headless.GraphQL.DataLoader;

/// <summary>
/// The synchronization context one operation runs under. Every continuation that captures it (a resolver's plain
/// <c>await</c>, <c>Task.Yield()</c>, a batch's completion) is posted here, run on the thread pool and counted
/// until it returns, together with everything it runs inline. So "nothing counted is running" means: every piece
/// of the operation's work has either finished or is waiting on something outside it — a DataLoader key or I/O.
/// That moment, not a timer, is when the scope sends the next batch (GreenDonut and graphql-java dispatch the same
/// way: when the execution strategy has no more work queued).
/// </summary>
internal sealed class DispatchContext : SynchronizationContext
{
    private readonly Lock _gate = new();
    private int _running;
    private bool _closed;
    private TaskCompletionSource? _wake;
    private Exception? _failure;

    /// <summary>True when no counted callback is queued or running.</summary>
    public bool IsIdle => Volatile.Read(ref _running) == 0;

    /// <summary>An exception thrown by a posted callback (for example an <c>async void</c> method's), if any.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    public override SynchronizationContext CreateCopy() => this;

    public override void Post(SendOrPostCallback callback, object? state)
    {
        bool counted;
        lock (_gate)
        {
            counted = !_closed;
            if (counted)
            {
                _running++;
            }
        }

        var work = new Work(this, callback, state);
        if (counted)
        {
            ThreadPool.QueueUserWorkItem(static work => work.Context.Run(work.Callback, work.State), work, preferLocal: false);
        }
        else
        {
            // The operation is over: late continuations (a cancelled batch finishing) run as they would with no context.
            ThreadPool.QueueUserWorkItem(static work => work.Callback(work.State), work, preferLocal: false);
        }
    }

    /// <summary>Runs <paramref name="callback"/> now, on this thread, counted like a posted one.</summary>
    public override void Send(SendOrPostCallback callback, object? state)
    {
        Enter();
        Run(callback, state);
    }

    /// <summary>Runs <paramref name="action"/> on this thread as counted work under this context.</summary>
    public T RunCounted<TState, T>(Func<TState, T> action, TState state)
    {
        Enter();
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return action(state);
        }
        finally
        {
            SetSynchronizationContext(previous);
            Leave();
        }
    }

    /// <summary>A task that completes at the next moment the dispatcher should look again (idle, keys, failure).</summary>
    public Task ArmWake()
    {
        lock (_gate)
        {
            // Asynchronous continuation: the dispatcher must never run inside a resolver's call stack.
            _wake ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _wake.Task;
        }
    }

    public void Wake()
    {
        TaskCompletionSource? wake;
        lock (_gate)
        {
            wake = _wake;
            _wake = null;
        }

        wake?.TrySetResult();
    }

    /// <summary>From now on posts run uncounted on the thread pool; nobody dispatches for this operation any more.</summary>
    public void Close()
    {
        lock (_gate)
        {
            _closed = true;
        }
    }

    private void Enter()
    {
        lock (_gate)
        {
            _running++;
        }
    }

    private void Leave()
    {
        bool idle;
        lock (_gate)
        {
            idle = --_running == 0;
        }

        if (idle)
        {
            Wake();
        }
    }

    private void Run(SendOrPostCallback callback, object? state)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            callback(state);
        }
        catch (Exception error)
        {
            // Await continuations never throw; only a posted async void failure lands here. It fails the operation
            // instead of the process.
            Interlocked.CompareExchange(ref _failure, error, null);
        }
        finally
        {
            SetSynchronizationContext(previous);
            Leave();
        }
    }

    private sealed record Work(DispatchContext Context, SendOrPostCallback Callback, object? State);
}
