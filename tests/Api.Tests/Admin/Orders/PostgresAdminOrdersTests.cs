using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Orders;

/// <summary>The admin order contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresAdminOrdersTests(PostgresServer postgres) : AdminOrdersContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync() =>
        new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("admin_orders"), AdminOrdersSettings.Values);
}
