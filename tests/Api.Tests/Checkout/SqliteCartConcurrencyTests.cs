using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Checkout;

public sealed class SqliteCartConcurrencyTests(SqliteStorefrontForCartConcurrency database)
    : CartConcurrencyContract, IClassFixture<SqliteStorefrontForCartConcurrency>
{
    protected override StorefrontApiFactory Factory => database.Factory;
}
