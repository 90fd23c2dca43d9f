using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Integrations;

/// <summary>The integrations admin contract on PostgreSQL, a database per test.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresIntegrationAdminTests(PostgresServer postgres) : IntegrationAdminContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var factory = new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("integrations"), settings);
        factory.CreateClient().Dispose();
        return factory;
    }
}
