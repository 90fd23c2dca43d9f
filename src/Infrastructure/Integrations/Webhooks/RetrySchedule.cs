namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// When the next attempt of a delivery is due after <c>attempt</c> failed ones, with jitter; null when it was the last.
/// The jitter only lengthens a wait, so the schedule is the least a failing endpoint is retried for (a jitter that
/// also shortened waits would let the default 27.6 h shrink to 22 h, under the day integrators are promised).
/// </summary>
public static class RetrySchedule
{
    public static TimeSpan? DelayAfter(int failedAttempts, IReadOnlyList<TimeSpan> schedule, double jitter, Random random)
    {
        if (failedAttempts < 1 || failedAttempts > schedule.Count)
        {
            return null;
        }

        var spread = Math.Clamp(jitter, 0, 0.5);
        var factor = 1 + random.NextDouble() * spread;
        return TimeSpan.FromTicks((long)(schedule[failedAttempts - 1].Ticks * factor));
    }
}
