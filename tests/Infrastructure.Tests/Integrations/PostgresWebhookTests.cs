using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Integrations;

[Collection(PostgresCollection.Name)]
public sealed class PostgresWebhookTests(PostgresServer postgres)
{
    [Fact]
    public async Task DeliveriesAreSignedAndRetriedWithGrowingDelaysUntilTheReceiverAcceptsOnPostgres() =>
        await WebhookScenarios.DeliveriesAreSignedAndRetriedWithGrowingDelaysUntilTheReceiverAccepts(IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync()));

    [Fact]
    public async Task TwoInstancesDeliverEachEventOncePerEndpointOnPostgres() =>
        await WebhookScenarios.TwoInstancesDeliverEachEventOncePerEndpoint(IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync()));
}
