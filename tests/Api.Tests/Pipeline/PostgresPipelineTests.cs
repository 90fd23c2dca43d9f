using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Pipeline;

/// <summary>The pipeline contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresPipelineTests(PostgresServer postgres) : PipelineContract
{
    protected override async Task<WebApplicationFactory<Program>> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null) =>
        Started(new StorefrontApiFactory("Postgres", await postgres.CreateDatabaseAsync("pipeline"), settings ?? With()), services);
}
