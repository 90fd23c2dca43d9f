namespace Headless.Infrastructure.Pipeline;

/// <summary>Exponential back-off with jitter: base × 2^(attempt−1), capped, plus a random part up to as much again (so retries of many steps spread out).</summary>
public static class StepBackoff
{
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped + (Random.Shared.NextDouble() * capped));
    }
}
