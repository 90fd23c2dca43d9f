using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.OrderMoney;

/// <summary>The order money contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresOrderMoneyTests(PostgresServer postgres) : OrderMoneyContract
{
    protected override async Task<StorefrontApiFactory> StartAsync(bool pipeline)
    {
        var api = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("money"), Settings(pipeline));
        api.CreateClient().Dispose();
        return api;
    }
}
