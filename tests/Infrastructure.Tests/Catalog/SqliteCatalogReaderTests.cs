namespace Headless.Infrastructure.Tests.Catalog;

public sealed class SqliteCatalogReaderTests(SqliteCatalogReaderTests.Database database) : CatalogReaderContract, IClassFixture<SqliteCatalogReaderTests.Database>
{
    protected override Task<SeededCatalog> CatalogAsync() => database.Catalog;

    protected override Task<SeededCatalog> FreshCatalogAsync() => SeededCatalog.SqliteAsync(database.NewFile());

    /// <summary>One seeded SQLite file for the whole class; the reads never change it.</summary>
    public sealed class Database : IAsyncLifetime
    {
        private readonly Persistence.TempDirectory _temp = new();
        private SeededCatalog? _catalog;

        public Task<SeededCatalog> Catalog => Task.FromResult(_catalog!);

        public string NewFile() => _temp.File($"fresh-{Guid.NewGuid():N}.db");

        public async Task InitializeAsync() => _catalog = await SeededCatalog.SqliteAsync(_temp.File("catalog.db"));

        public async Task DisposeAsync()
        {
            if (_catalog is not null)
            {
                await _catalog.DisposeAsync();
            }

            _temp.Dispose();
        }
    }
}
