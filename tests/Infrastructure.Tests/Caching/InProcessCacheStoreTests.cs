using Headless.Infrastructure.Tests.Messaging;

namespace Headless.Infrastructure.Tests.Caching;

public sealed class InProcessCacheStoreTests : CacheStoreContract
{
    protected override MessagingHost CreateHost() => MessagingHost.InProcess();
}
