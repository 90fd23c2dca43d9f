using System.Data.Common;
using Headless.Api.Tests.Storefront;
using Microsoft.Data.Sqlite;

namespace Headless.Api.Tests.Checkout;

public sealed class SqliteCheckoutTests(SqliteStorefront database) : CheckoutContract, IClassFixture<SqliteStorefront>
{
    protected override StorefrontApiFactory Factory => database.Factory;

    protected override DbConnection OpenDatabase() => new SqliteConnection(database.ConnectionString);
}
