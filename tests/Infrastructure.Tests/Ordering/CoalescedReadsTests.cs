using System.Diagnostics;
using Headless.Infrastructure.Ordering;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class CoalescedReadsTests
{
    private static readonly TimeSpan Linger = TimeSpan.FromSeconds(30);

    private int _reads;
    private int _running;
    private int _mostRunning;

    /// <summary>A read that counts itself and waits for <paramref name="gate"/>, answering how many reads came before it.</summary>
    private Func<Task<object?>> Read(Task gate) => async () =>
    {
        var number = Interlocked.Increment(ref _reads);
        var running = Interlocked.Increment(ref _running);
        InterlockedMax(ref _mostRunning, running);
        try
        {
            await gate;
            return number;
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    };

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    [Fact]
    public async Task CallersOfOneKeyShareOneRead()
    {
        var reads = new CoalescedReads<string>(4, Linger);
        var gate = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 1000).Select(_ => reads.ReadAsync("order-1", Read(gate.Task), CancellationToken.None)).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(callers);

        Assert.Equal(1, _reads);
        Assert.All(answers, answer => Assert.Equal(1, answer));
        Assert.Equal(1, await reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None));
    }

    [Fact]
    public async Task CallersThatNeedANewerReadShareTheNextOneWhichBeginsAfterTheRunningOneEnds()
    {
        var reads = new CoalescedReads<string>(4, Linger);
        var first = new TaskCompletionSource();
        var running = reads.ReadAsync("order-1", Read(first.Task), CancellationToken.None);
        await WaitUntil(() => _reads == 1);

        // These subscribed after the running read began: it may lack what they must see.
        var since = Stopwatch.GetTimestamp();
        var later = Enumerable.Range(0, 500).Select(_ => reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None, since)).ToList();
        await Task.Delay(50);
        Assert.Equal(1, _reads);

        first.SetResult();
        Assert.Equal(1, await running);
        var answers = await Task.WhenAll(later);
        Assert.All(answers, answer => Assert.Equal(2, answer));
        Assert.Equal(2, _reads);
        Assert.Equal(1, _mostRunning);
    }

    [Fact]
    public async Task AReadThatBeganBeforeTheCallersMomentIsNotShared()
    {
        var reads = new CoalescedReads<string>(4, Linger);
        Assert.Equal(1, await reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None));

        var since = Stopwatch.GetTimestamp();

        Assert.Equal(2, await reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None, since));
        Assert.Equal(2, await reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None, since));
    }

    [Fact]
    public async Task AllKeysTogetherRunAtMostTheBoundOfReadsAtOnce()
    {
        var reads = new CoalescedReads<int>(3, Linger);
        var gate = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 40).Select(key => reads.ReadAsync(key, Read(gate.Task), CancellationToken.None)).ToList();
        await WaitUntil(() => _reads == 3);
        await Task.Delay(50);
        Assert.Equal(3, _running);

        gate.SetResult();
        await Task.WhenAll(callers);
        Assert.Equal(40, _reads);
        Assert.Equal(3, _mostRunning);
    }

    [Fact]
    public async Task AFailedReadIsNotSharedWithLaterCallers()
    {
        var reads = new CoalescedReads<string>(4, Linger);

        await Assert.ThrowsAsync<InvalidOperationException>(() => reads.ReadAsync("order-1", () => throw new InvalidOperationException("down"), CancellationToken.None));

        Assert.Equal(1, await reads.ReadAsync("order-1", Read(Task.CompletedTask), CancellationToken.None));
    }

    [Fact]
    public async Task ACallerGoingAwayDoesNotCancelTheReadForTheOthers()
    {
        var reads = new CoalescedReads<string>(4, Linger);
        var gate = new TaskCompletionSource();
        using var leaving = new CancellationTokenSource();

        var gone = reads.ReadAsync("order-1", Read(gate.Task), leaving.Token);
        var staying = reads.ReadAsync("order-1", Read(gate.Task), CancellationToken.None);
        await leaving.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => gone);
        gate.SetResult();

        Assert.Equal(1, await staying);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "timed out");
            await Task.Delay(5);
        }
    }
}
