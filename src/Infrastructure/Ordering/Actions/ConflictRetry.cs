using Headless.Infrastructure.Persistence;

namespace Headless.Infrastructure.Ordering.Actions;

/// <summary>
/// Runs a unit of work again, on a cleared context, when a concurrent writer won the race for the same rows (the
/// order's sequence, a payment's refunded total, a unique key): the next attempt reads what the winner wrote.
/// </summary>
public static class ConflictRetry
{
    private const int Attempts = 8;

    public static async Task<T> RunAsync<T>(HeadlessDbContext db, TimeProvider clock, Func<Task<T>> attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var tries = 1; ; tries++)
        {
            db.ChangeTracker.Clear();
            try
            {
                var result = await attempt();
                db.ChangeTracker.Clear();
                return result;
            }
            catch (Exception exception) when (tries < Attempts && DbErrors.IsConcurrencyConflict(exception))
            {
                // A short random pause, so that two losers do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * tries)), clock, ct);
            }
        }
    }
}
