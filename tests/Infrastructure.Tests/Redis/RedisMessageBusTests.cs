using Headless.Infrastructure.Tests.Messaging;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Redis;

public sealed class RedisMessageBusTests(RedisServer redis) : MessageBusContract, IClassFixture<RedisServer>
{
    protected override MessagingHost CreateHost() => MessagingHost.WithRedis(redis.Configuration);
}
