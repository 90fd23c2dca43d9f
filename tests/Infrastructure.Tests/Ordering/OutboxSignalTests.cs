using Headless.Infrastructure.Outbox;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class OutboxSignalTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AYieldingStepWaitsUntilThePublisherCaughtUpWithWhatWasCommittedBeforeIt()
    {
        var signal = new OutboxSignal();
        signal.CaughtUp(signal.Notified);
        signal.Notify();
        var before = signal.Notified;

        var yielding = signal.YieldToPublisherAsync(Long, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(yielding.IsCompleted);

        // A round that started before the commit does not release it; the one that read it does.
        signal.CaughtUp(before - 1);
        await Task.Delay(100);
        Assert.False(yielding.IsCompleted);
        signal.CaughtUp(before);
        await yielding.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task NobodyWaitsForAPublisherThatDoesNotRunOrIsFailing()
    {
        var signal = new OutboxSignal();
        signal.Notify();
        await signal.YieldToPublisherAsync(Long, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        signal.CaughtUp(0);
        var yielding = signal.YieldToPublisherAsync(Long, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(yielding.IsCompleted);
        signal.NotPublishing();
        await yielding.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AYieldEndsAfterItsLimitWhenThePublisherLags()
    {
        var signal = new OutboxSignal();
        signal.CaughtUp(0);
        signal.Notify();

        var started = DateTimeOffset.UtcNow;
        await signal.YieldToPublisherAsync(TimeSpan.FromMilliseconds(200), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromMilliseconds(150));
    }
}
