using Headless.Api.Tests.Storefront;
using Headless.Infrastructure.Integrations.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Webhooks;

/// <summary>
/// The retry schedule a server runs with when nobody configures one (appsettings.json and the code's defaults, read
/// from the host's own options) keeps retrying a failing endpoint for at least a day before dead-lettering, however
/// the jitter falls.
/// </summary>
public sealed class DefaultWebhookRetryScheduleTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"headless-webhook-schedule-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task TheDefaultScheduleRetriesForAtLeastADayEvenWithTheShortestJitterThenDeadLetters()
    {
        await using var host = new StorefrontApiFactory("Sqlite", $"Data Source={_path}");
        var options = host.Services.GetRequiredService<WebhookOptions>();
        var schedule = options.EffectiveRetrySchedule;

        var shortest = Span(schedule, options.Jitter, new FixedRandom(0));
        var longest = Span(schedule, options.Jitter, new FixedRandom(1 - 1e-9));

        Assert.Equal(7, schedule.Count);
        Assert.Equal(TimeSpan.FromSeconds(5) + TimeSpan.FromMinutes(35) + TimeSpan.FromHours(27), schedule.Aggregate(TimeSpan.Zero, (sum, d) => sum + d));
        Assert.True(shortest >= TimeSpan.FromHours(24), $"With the jitter at its shortest the retries span only {shortest.TotalHours:F1} h.");
        Assert.True(longest > shortest, "The jitter spreads retries out.");

        // The eighth failed attempt (the first plus one per wait) is the last: the delivery is dead-lettered.
        Assert.Null(RetrySchedule.DelayAfter(schedule.Count + 1, schedule, options.Jitter, new FixedRandom(0)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
    }

    /// <summary>From the first attempt to the last: the waits after failed attempts 1 … n.</summary>
    private static TimeSpan Span(IReadOnlyList<TimeSpan> schedule, double jitter, Random random) =>
        Enumerable.Range(1, schedule.Count).Aggregate(TimeSpan.Zero, (sum, attempt) => sum + RetrySchedule.DelayAfter(attempt, schedule, jitter, random)!.Value);

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
