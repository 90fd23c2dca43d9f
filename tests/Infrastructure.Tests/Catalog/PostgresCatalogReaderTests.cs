using Headless.Infrastructure.Tests.Persistence;
using Headless.Tests.Shared;

namespace Headless.Infrastructure.Tests.Catalog;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCatalogReaderTests(PostgresServer postgres) : CatalogReaderContract
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static SeededCatalog? _shared;

    protected override async Task<SeededCatalog> FreshCatalogAsync() =>
        await SeededCatalog.PostgresAsync(await postgres.CreateDatabaseAsync("fresh"));

    /// <summary>One seeded database for the whole class (the reads never change it), on the collection's server.</summary>
    protected override async Task<SeededCatalog> CatalogAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await SeededCatalog.PostgresAsync(await postgres.CreateDatabaseAsync("catalog"));
        }
        finally
        {
            Gate.Release();
        }
    }
}
