using Headless.Infrastructure.Tests.Persistence;

namespace Headless.Infrastructure.Tests.Integrations;

public sealed class SqliteWebhookTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public Task DeliveriesAreSignedAndRetriedWithGrowingDelaysUntilTheReceiverAccepts() =>
        WebhookScenarios.DeliveriesAreSignedAndRetriedWithGrowingDelaysUntilTheReceiverAccepts(IntegrationDatabase.Sqlite(_temp.File("retry.db")));

    [Fact]
    public Task TwoInstancesDeliverEachEventOncePerEndpoint() =>
        WebhookScenarios.TwoInstancesDeliverEachEventOncePerEndpoint(IntegrationDatabase.Sqlite(_temp.File("once.db")));
}
