using Headless.Domain.Catalog;
using Headless.Infrastructure.Catalog;
using Headless.Infrastructure.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Tests.Catalog;

/// <summary>
/// A migrated database holding the demo catalog, the services the API uses to read it (with a statement counter),
/// and the whole catalog loaded through the aggregates: the independent truth the reads are checked against.
/// </summary>
public sealed class SeededCatalog : IAsyncDisposable
{
    private SeededCatalog(ServiceProvider services, SqlStatementCounter counter)
    {
        Services = services;
        Counter = counter;
    }

    public ServiceProvider Services { get; }

    public SqlStatementCounter Counter { get; }

    public IReadOnlyList<Product> Products { get; private set; } = [];

    public IReadOnlyList<Category> Categories { get; private set; } = [];

    /// <summary>Available units per variant (on hand minus allocated, over locations).</summary>
    public IReadOnlyDictionary<Guid, int> AvailableByVariant { get; private set; } = new Dictionary<Guid, int>();

    public static Task<SeededCatalog> SqliteAsync(string file) =>
        CreateAsync(("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={file}"));

    public static Task<SeededCatalog> PostgresAsync(string connectionString) =>
        CreateAsync(("Database:Provider", "Postgres"), ("ConnectionStrings:Headless", connectionString));

    public async Task<T> ReadAsync<T>(Func<CatalogReader, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<CatalogReader>());
    }

    public async Task WriteAsync(Func<HeadlessDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    public decimal LowestPrice(Product product) => product.Variants.Min(v => v.Price.Amount);

    public bool IsInStock(Product product) =>
        !product.TracksInventory || product.Variants.Any(v => AvailableByVariant.GetValueOrDefault(v.Id) > 0);

    public IReadOnlyList<Guid> SelfAndDescendants(string slug)
    {
        var ids = new List<Guid> { Categories.Single(c => c.Slug == slug).Id };
        for (var i = 0; i < ids.Count; i++)
        {
            ids.AddRange(Categories.Where(c => c.ParentId == ids[i]).Select(c => c.Id));
        }

        return ids;
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();

    private static async Task<SeededCatalog> CreateAsync(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var counter = new SqlStatementCounter();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IInterceptor>(counter)
            .AddHeadlessPersistence(configuration)
            .AddCatalogReads()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await services.InitializeDatabaseAsync();

        var catalog = new SeededCatalog(services, counter);
        await catalog.LoadTruthAsync();
        return catalog;
    }

    private async Task LoadTruthAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        Products = await db.Products.Include(p => p.Variants).AsNoTracking().ToListAsync();
        Categories = await db.Categories.AsNoTracking().ToListAsync();
        var levels = await db.StockLevels.AsNoTracking().ToListAsync();
        AvailableByVariant = levels.GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Available));
    }
}
