namespace Headless.Infrastructure.Outbox;

/// <summary>
/// Wakes this process's publisher right after a commit wrote outbox rows, instead of waiting for the next poll, and
/// lets background work yield to it: <see cref="YieldToPublisherAsync"/> waits until the publisher has sent what this
/// process committed so far, so order events go out ahead of the follow-up work they cause on a busy machine.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    // The pipeline worker waits on a wake-up of its own: a commit that wrote order events may also have written steps.
    private readonly SemaphoreSlim _steps = new(0, 1);

    private readonly Lock _gate = new();
    private long _notified;
    private long _caughtUp;
    private bool _publishing;
    private TaskCompletionSource _progress = NewProgress();

    public void Notify()
    {
        Interlocked.Increment(ref _notified);
        Release(_pending);
        Release(_steps);
    }

    /// <summary>How many commits have notified so far: the publisher reads it before a round, then reports it caught up.</summary>
    public long Notified => Interlocked.Read(ref _notified);

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);

    public Task<bool> WaitForStepsAsync(TimeSpan timeout, CancellationToken ct) => _steps.WaitAsync(timeout, ct);

    /// <summary>The publisher found nothing left of what the first <paramref name="notified"/> commits wrote.</summary>
    public void CaughtUp(long notified) => Progress(() =>
    {
        _publishing = true;
        _caughtUp = Math.Max(_caughtUp, notified);
    });

    /// <summary>
    /// The publisher is not sending (stopped, or failing and backing off): nobody waits for it meanwhile, so a broken bus
    /// delays nothing but the events themselves. Its next successful round (<see cref="CaughtUp"/>) makes it count again.
    /// </summary>
    public void NotPublishing() => Progress(() => _publishing = false);

    /// <summary>
    /// Returns once the publisher has sent what this process committed before the call, at once when no publisher runs
    /// here, and after <paramref name="atMost"/> whatever happened (a row claimed by another instance is not waited for
    /// beyond that).
    /// </summary>
    public async Task YieldToPublisherAsync(TimeSpan atMost, CancellationToken ct)
    {
        var target = Notified;
        if (IsCaughtUp(target))
        {
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(atMost);
        while (true)
        {
            Task progress;
            lock (_gate)
            {
                if (!_publishing || _caughtUp >= target)
                {
                    return;
                }

                progress = _progress.Task;
            }

            try
            {
                await progress.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private bool IsCaughtUp(long target)
    {
        lock (_gate)
        {
            return !_publishing || _caughtUp >= target;
        }
    }

    private void Progress(Action change)
    {
        TaskCompletionSource reached;
        lock (_gate)
        {
            change();
            reached = _progress;
            _progress = NewProgress();
        }

        reached.TrySetResult();
    }

    private static TaskCompletionSource NewProgress() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void Release(SemaphoreSlim semaphore)
    {
        // Usually already signalled under load (every commit notifies): checked first, as a thrown and caught
        // SemaphoreFullException per order event cost more CPU than the publishing it announced.
        if (semaphore.CurrentCount > 0)
        {
            return;
        }

        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled; one wake-up handles everything.
        }
    }
}
