namespace Headless.Infrastructure.Outbox;

/// <summary>Wakes this process's publisher right after a commit wrote outbox rows, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    // The pipeline worker waits on a wake-up of its own: a commit that wrote order events may also have written steps.
    private readonly SemaphoreSlim _steps = new(0, 1);

    public void Notify()
    {
        Release(_pending);
        Release(_steps);
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _pending.WaitAsync(timeout, ct);

    public Task<bool> WaitForStepsAsync(TimeSpan timeout, CancellationToken ct) => _steps.WaitAsync(timeout, ct);

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
