using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Shipments;

/// <summary>The location capability contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresLocationCapabilitiesTests(PostgresServer postgres) : LocationCapabilitiesContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync() =>
        new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("location_caps"), Headless.Api.Tests.Admin.Orders.AdminOrdersSettings.Values);
}
