using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Authorization;

/// <summary>The authorization walk on PostgreSQL, on a database of its own with the demo catalog.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresAdminAuthorizationWalkTests(PostgresServer postgres) : AdminAuthorizationWalkContract
{
    protected override async Task<HeadlessApiFactory> StartAsync(Dictionary<string, string> settings)
    {
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Headless"] = await postgres.CreateDatabaseAsync("walk_" + Guid.NewGuid().ToString("N")[..8]);
        return new HeadlessApiFactory(settings: settings);
    }
}
