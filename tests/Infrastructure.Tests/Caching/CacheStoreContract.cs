using System.Diagnostics;
using Headless.Infrastructure.Caching;
using Headless.Infrastructure.Tests.Messaging;

namespace Headless.Infrastructure.Tests.Caching;

/// <summary>What every <see cref="ICacheStore"/> must do, whichever backs it. Keys are unique per test.</summary>
public abstract class CacheStoreContract : IAsyncLifetime
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private MessagingHost? _host;

    protected ICacheStore Cache => _host!.Get<ICacheStore>();

    protected abstract MessagingHost CreateHost();

    protected static string UniqueKey(string name) => $"{name}:{Guid.NewGuid():N}";

    public Task InitializeAsync()
    {
        _host = CreateHost();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task StoredValueReadsBackUnchanged()
    {
        var key = UniqueKey("product");
        const string value = "{\"title\":\"Kulaklık 🎧\",\"price\":\"129.90 TRY\"}";

        await Cache.SetAsync(key, value, Long);

        Assert.Equal(value, await Cache.GetAsync(key));
    }

    [Fact]
    public async Task KeyNeverStoredReadsAsNull()
    {
        Assert.Null(await Cache.GetAsync(UniqueKey("never")));
    }

    [Fact]
    public async Task StoringAgainReplacesTheValue()
    {
        var key = UniqueKey("price");

        await Cache.SetAsync(key, "10", Long);
        await Cache.SetAsync(key, "12", Long);

        Assert.Equal("12", await Cache.GetAsync(key));
    }

    [Fact]
    public async Task EntryDisappearsOnceItsTimeToLiveHasPassedAndNotBefore()
    {
        var key = UniqueKey("short-lived");
        var timeToLive = TimeSpan.FromSeconds(1);
        var sinceSet = Stopwatch.StartNew();

        await Cache.SetAsync(key, "soon gone", timeToLive);
        var readAtOnce = await Cache.GetAsync(key);
        var stillThereAt = sinceSet.Elapsed;

        while (await Cache.GetAsync(key) is not null)
        {
            Assert.True(sinceSet.Elapsed < timeToLive + TimeSpan.FromSeconds(10), "entry outlived its time to live by far");
            await Task.Delay(50);
        }

        var goneAt = sinceSet.Elapsed;
        if (stillThereAt < timeToLive)
        {
            Assert.Equal("soon gone", readAtOnce);
        }

        // Redis rounds expiry to the millisecond; allow that, no more.
        Assert.True(goneAt >= timeToLive - TimeSpan.FromMilliseconds(5), $"entry vanished after {goneAt.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task StoringAgainRestartsTheTimeToLive()
    {
        var key = UniqueKey("renewed");

        await Cache.SetAsync(key, "short", TimeSpan.FromMilliseconds(300));
        await Cache.SetAsync(key, "long", Long);
        await Task.Delay(600);

        Assert.Equal("long", await Cache.GetAsync(key));
    }

    [Fact]
    public async Task RemovingDeletesTheEntryAndSaysWhetherThereWasOne()
    {
        var key = UniqueKey("removed");
        await Cache.SetAsync(key, "value", Long);

        Assert.True(await Cache.RemoveAsync(key));
        Assert.Null(await Cache.GetAsync(key));
        Assert.False(await Cache.RemoveAsync(key));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1000)]
    public async Task TimeToLiveBelowOneMillisecondIsRejected(int milliseconds)
    {
        var key = UniqueKey("rejected");

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Cache.SetAsync(key, "value", TimeSpan.FromMilliseconds(milliseconds)));
        Assert.Null(await Cache.GetAsync(key));
    }
}
