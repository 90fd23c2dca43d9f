using Headless.GraphQL.Transport.Documents;

namespace Headless.GraphQL.Tests.Transport;

public sealed class BoundedCacheTests
{
    [Fact]
    public void FullCacheForgetsTheLeastRecentlyUsedEntry()
    {
        var cache = new BoundedCache<int>(2);
        cache.Set("a", 1);
        cache.Set("b", 2);
        Assert.True(cache.TryGet("a", out _));

        cache.Set("c", 3);

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("a", out var a));
        Assert.Equal(1, a);
        Assert.False(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }
}
