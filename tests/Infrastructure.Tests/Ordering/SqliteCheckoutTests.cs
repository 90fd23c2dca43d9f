using Headless.Infrastructure.Tests.Persistence;

namespace Headless.Infrastructure.Tests.Ordering;

public sealed class SqliteCheckoutTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FiftyConcurrentCheckoutsForSevenUnitsPlaceExactlySevenOrdersOnSqlite()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("oversell.db"), null, CheckoutScenarios.NoReservations);
        await CheckoutScenarios.FiftyConcurrentCheckoutsForSevenUnitsPlaceExactlySevenOrders(host);
    }

    [Fact]
    public async Task TwentyConcurrentRepeatsOfOneKeyPlaceOneOrderOnSqlite()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("idempotency.db"));
        await CheckoutScenarios.TwentyConcurrentRepeatsOfOneKeyPlaceOneOrderWithOneAuthorization(host);
    }

    [Fact]
    public async Task PlacingAnOrderWritesOrderPaymentEventsAndOutboxTogetherOnSqlite()
    {
        await using var host = await OrderingHost.SqliteAsync(_temp.File("snapshot.db"));
        await CheckoutScenarios.PlacingAnOrderSnapshotsPricesAndRecordsPaymentEventsAndOutboxTogether(host);
    }
}
