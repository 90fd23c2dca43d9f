using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Catalog;

[Collection(PostgresStorefront.Name)]
public sealed class PostgresProductLifecycleTests(PostgresServer postgres) : ProductLifecycleContract, IAsyncLifetime
{
    private HeadlessApiFactory? _factory;

    protected override HeadlessApiFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = new HeadlessApiFactory(settings: new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Headless"] = await postgres.CreateDatabaseAsync("product_life_" + Guid.NewGuid().ToString("N")[..8]),
        ["Database:SeedDemoCatalog"] = "false",
    });

    public async Task DisposeAsync() => await _factory!.DisposeAsync();
}
