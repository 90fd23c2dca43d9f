using System.Diagnostics;

namespace Headless.Infrastructure.Tests.Integrations;

/// <summary>Waits for background sweeps to reach a state, failing with the last observed value after a timeout.</summary>
internal static class Eventually
{
    public static async Task<T> HoldsAsync<T>(Func<Task<T>> observe, Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(20);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var value = await observe();
            if (condition(value))
            {
                return value;
            }

            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"Still not there after {limit.TotalSeconds:0} s; last seen: {value}");
            }

            await Task.Delay(25);
        }
    }
}
