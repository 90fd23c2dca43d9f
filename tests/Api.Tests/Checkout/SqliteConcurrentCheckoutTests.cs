using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Checkout;

public sealed class SqliteConcurrentCheckoutTests(SqliteStorefrontWithoutReservations database)
    : ConcurrentCheckoutContract, IClassFixture<SqliteStorefrontWithoutReservations>
{
    protected override StorefrontApiFactory Factory => database.Factory;
}
