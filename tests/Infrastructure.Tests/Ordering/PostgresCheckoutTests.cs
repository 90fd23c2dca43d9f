using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Ordering;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCheckoutTests(PostgresServer postgres)
{
    [Fact]
    public async Task FiftyConcurrentCheckoutsForSevenUnitsPlaceExactlySevenOrdersOnPostgres()
    {
        await using var host = await OrderingHost.PostgresAsync(await postgres.CreateDatabaseAsync(), null, CheckoutScenarios.NoReservations);
        await CheckoutScenarios.FiftyConcurrentCheckoutsForSevenUnitsPlaceExactlySevenOrders(host);
    }

    [Fact]
    public async Task TwentyConcurrentRepeatsOfOneKeyPlaceOneOrderOnPostgres()
    {
        await using var host = await OrderingHost.PostgresAsync(await postgres.CreateDatabaseAsync());
        await CheckoutScenarios.TwentyConcurrentRepeatsOfOneKeyPlaceOneOrderWithOneAuthorization(host);
    }

    [Fact]
    public async Task PlacingAnOrderWritesOrderPaymentEventsAndOutboxTogetherOnPostgres()
    {
        await using var host = await OrderingHost.PostgresAsync(await postgres.CreateDatabaseAsync());
        await CheckoutScenarios.PlacingAnOrderSnapshotsPricesAndRecordsPaymentEventsAndOutboxTogether(host);
    }
}
