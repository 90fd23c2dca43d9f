using Headless.Api.Tests.Storefront;

namespace Headless.Api.Tests.Identity;

/// <summary>The customer-TOTP contract on SQLite, on a database file of its own (the account tests' host).</summary>
public sealed class SqliteCustomerTotpTests(SqliteCustomerAccountTests.Host host) : CustomerTotpContract, IClassFixture<SqliteCustomerAccountTests.Host>
{
    protected override StorefrontApiFactory Factory => host.Factory;
}
