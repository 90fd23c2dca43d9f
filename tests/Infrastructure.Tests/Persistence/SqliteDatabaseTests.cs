using System.Diagnostics;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Headless.Infrastructure.Tests.Persistence;

public sealed class SqliteDatabaseTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MigrationsApplyAndTheDemoCatalogLoadsOnSqlite()
    {
        await using var services = PersistenceHost.Sqlite(_temp.File("catalog.db"));

        var clock = Stopwatch.StartNew();
        await services.InitializeDatabaseAsync();
        output.WriteLine($"Migrated and seeded SQLite in {clock.ElapsedMilliseconds} ms.");

        var catalog = await services.WithContextAsync(CatalogSnapshot.ReadAsync);
        DemoCatalogExpectations.AssertIsDemoCatalog(catalog);
        Assert.Empty(await services.WithContextAsync(async db => (await db.Database.GetPendingMigrationsAsync()).ToList()));
    }

    [Fact]
    public async Task TheDatabaseRefusesChangingOrDeletingAuditEntriesOnSqlite()
    {
        await using var services = PersistenceHost.Create(("Database:Provider", "Sqlite"), ("ConnectionStrings:Headless", $"Data Source={_temp.File("audit.db")}"), ("Database:SeedDemoCatalog", "false"));
        await services.InitializeDatabaseAsync();

        await AuditAppendOnly.AssertTheDatabaseRefusesChangingOrDeletingEntriesAsync(services);
    }

    [Fact]
    public async Task InitializingTwiceDoesNotDuplicateTheCatalog()
    {
        await using var services = PersistenceHost.Sqlite(_temp.File("twice.db"));
        await services.InitializeDatabaseAsync();
        var first = await services.WithContextAsync(CatalogSnapshot.ReadAsync);

        await services.InitializeDatabaseAsync();
        var second = await services.WithContextAsync(CatalogSnapshot.ReadAsync);

        Assert.Equal(first.Describe(), second.Describe());
        Assert.Equal(first.Products.Select(p => p.Id), second.Products.Select(p => p.Id));
    }

    [Fact]
    public async Task TheSeedIsTheSameEveryTime()
    {
        await using var one = PersistenceHost.Sqlite(_temp.File("one.db"));
        await using var two = PersistenceHost.Sqlite(_temp.File("two.db"));
        await one.InitializeDatabaseAsync();
        await two.InitializeDatabaseAsync();

        var first = await one.WithContextAsync(CatalogSnapshot.ReadAsync);
        var second = await two.WithContextAsync(CatalogSnapshot.ReadAsync);

        Assert.Equal(first.Describe(), second.Describe());
    }

    [Fact]
    public async Task SeedingCanBeTurnedOff()
    {
        await using var services = PersistenceHost.Create(
            ("ConnectionStrings:Headless", $"Data Source={_temp.File("empty.db")}"),
            ("Database:SeedDemoCatalog", "false"));

        await services.InitializeDatabaseAsync();

        Assert.Equal(0, await services.WithContextAsync(db => db.Products.CountAsync()));
    }

    [Fact]
    public async Task WithoutAConnectionStringTheDatabaseIsHeadlessDbInTheContentRoot()
    {
        await using var services = PersistenceHost.Create(("contentRoot", _temp.Path), ("Database:SeedDemoCatalog", "false"));

        await services.InitializeDatabaseAsync();

        Assert.True(File.Exists(_temp.File("headless.db")));
    }

    [Fact]
    public async Task TheDatabaseRefusesAllocatingMoreThanIsOnHand()
    {
        await using var services = PersistenceHost.Sqlite(_temp.File("invariant.db"));
        await services.InitializeDatabaseAsync();

        await StockInvariant.AssertDatabaseRejectsOverAllocationAsync(services);
    }

    [Fact]
    public async Task AggregatesRoundTripWithTheirValueObjectsAndChanges()
    {
        await using var services = PersistenceHost.Create(
            ("ConnectionStrings:Headless", $"Data Source={_temp.File("roundtrip.db")}"),
            ("Database:SeedDemoCatalog", "false"));
        await services.InitializeDatabaseAsync();

        await RoundTrip.AssertAsync(services);
    }

    [Fact]
    public async Task PricesAndCreationTimesSortAndFilterInSqlOnSqlite()
    {
        await using var services = PersistenceHost.Sqlite(_temp.File("queries.db"));
        await services.InitializeDatabaseAsync();

        var prices = await services.WithContextAsync(db => db.ProductVariants
            .Where(v => v.Price.Amount > 100m && v.Price.Amount < 1000m)
            .OrderByDescending(v => v.Price.Amount)
            .Select(v => v.Price.Amount)
            .ToListAsync());
        var newest = await services.WithContextAsync(db => db.Products
            .Where(p => p.CreatedAt > new DateTimeOffset(2025, 10, 1, 0, 0, 0, TimeSpan.Zero))
            .OrderByDescending(p => p.CreatedAt)
            .Select(p => p.CreatedAt)
            .ToListAsync());

        Assert.NotEmpty(prices);
        Assert.All(prices, p => Assert.InRange(p, 100.01m, 999.99m));
        Assert.Equal(prices.OrderDescending(), prices);
        Assert.NotEmpty(newest);
        Assert.Equal(newest.OrderDescending(), newest);
    }
}
