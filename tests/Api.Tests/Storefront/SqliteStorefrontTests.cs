namespace Headless.Api.Tests.Storefront;

public sealed class SqliteStorefrontTests(SqliteStorefront database) : StorefrontContract, IClassFixture<SqliteStorefront>
{
    protected override StorefrontApiFactory Factory => database.Factory;
}
