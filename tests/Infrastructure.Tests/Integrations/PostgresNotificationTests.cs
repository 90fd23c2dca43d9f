using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Integrations;

[Collection(PostgresCollection.Name)]
public sealed class PostgresNotificationTests(PostgresServer postgres)
{
    [Fact]
    public async Task EachEventIsMailedOnceByTwoInstancesEvenAfterTheServerRefusedOnceOnPostgres() =>
        await NotificationScenarios.EachEventIsMailedOnceByTwoInstancesEvenAfterTheServerRefusedOnce(IntegrationDatabase.Postgres(await postgres.CreateDatabaseAsync()));
}
