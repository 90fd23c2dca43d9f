using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin;

[Collection(PostgresStorefront.Name)]
public sealed class PostgresAdminTests(PostgresServer postgres) : AdminContract, IAsyncLifetime
{
    private HeadlessApiFactory? _factory;

    protected override HeadlessApiFactory Factory => _factory!;

    public async Task InitializeAsync() => _factory = new HeadlessApiFactory(settings: new Dictionary<string, string>
    {
        ["Database:Provider"] = "Postgres",
        ["ConnectionStrings:Headless"] = await postgres.CreateDatabaseAsync("admin_" + Guid.NewGuid().ToString("N")[..8]),
        ["Database:SeedDemoCatalog"] = "false",
        ["Authentication:SessionCheckCacheDuration"] = "00:00:00",
    });

    public async Task DisposeAsync() => await _factory!.DisposeAsync();
}
