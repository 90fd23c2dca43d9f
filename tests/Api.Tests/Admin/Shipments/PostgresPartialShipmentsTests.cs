using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Shipments;

/// <summary>The partial shipment contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresPartialShipmentsTests(PostgresServer postgres) : PartialShipmentsContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync() =>
        new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("partial_ship"), Headless.Api.Tests.Admin.Orders.AdminOrdersSettings.Values);
}
