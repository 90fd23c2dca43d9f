using Headless.Infrastructure.Tests.Caching;
using Headless.Infrastructure.Tests.Messaging;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Redis;

public sealed class RedisCacheStoreTests(RedisServer redis) : CacheStoreContract, IClassFixture<RedisServer>
{
    protected override MessagingHost CreateHost() => MessagingHost.WithRedis(redis.Configuration);
}
