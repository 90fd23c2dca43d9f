using Headless.Api.Tests.Admin.Orders;
using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Ids;

/// <summary>The admin ID contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresAdminIdsTests(PostgresServer postgres) : AdminIdsContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync() =>
        new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("admin_ids"), AdminOrdersSettings.Values);
}
