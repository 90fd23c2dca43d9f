using Headless.Api.Tests.Storefront;
using Headless.Tests.Shared;

namespace Headless.Api.Tests.Admin.Catalog;

/// <summary>The CSV import contract on PostgreSQL, each test on a database of its own.</summary>
[Collection(PostgresStorefront.Name)]
public sealed class PostgresCatalogImportTests(PostgresServer postgres) : CatalogImportContract
{
    protected override async Task<(string Provider, string ConnectionString)> DatabaseAsync() =>
        ("Postgres", await postgres.CreateDatabaseAsync("catalog_import"));
}
