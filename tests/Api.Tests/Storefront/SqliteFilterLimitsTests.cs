namespace Headless.Api.Tests.Storefront;

public sealed class SqliteFilterLimitsTests(SqliteStorefront database) : FilterLimitsContract, IClassFixture<SqliteStorefront>
{
    protected override StorefrontApiFactory Factory => database.Factory;
}
