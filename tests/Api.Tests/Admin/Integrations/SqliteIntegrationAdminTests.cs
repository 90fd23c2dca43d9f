using Microsoft.AspNetCore.Mvc.Testing;

namespace Headless.Api.Tests.Admin.Integrations;

/// <summary>The integrations admin contract on SQLite (a database file per test).</summary>
public sealed class SqliteIntegrationAdminTests : IntegrationAdminContract
{
    protected override Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var factory = new HeadlessApiFactory(settings: settings);
        factory.CreateClient().Dispose();
        return Task.FromResult<WebApplicationFactory<Program>>(factory);
    }
}
