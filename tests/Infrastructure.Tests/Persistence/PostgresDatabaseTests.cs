using Headless.Infrastructure.Persistence;
using Headless.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Persistence;

[Collection(PostgresCollection.Name)]
public sealed class PostgresDatabaseTests(PostgresServer postgres) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task MigrationsApplyAndTheDemoCatalogLoadsOnPostgres()
    {
        await using var services = PersistenceHost.Postgres(await postgres.CreateDatabaseAsync());

        await services.InitializeDatabaseAsync();

        Assert.IsType<PostgresHeadlessDbContext>(await services.WithContextAsync(db => Task.FromResult(db)));
        DemoCatalogExpectations.AssertIsDemoCatalog(await services.WithContextAsync(CatalogSnapshot.ReadAsync));
    }

    [Fact]
    public async Task PostgresHoldsTheSameCatalogAsSqlite()
    {
        await using var onPostgres = PersistenceHost.Postgres(await postgres.CreateDatabaseAsync());
        await using var onSqlite = PersistenceHost.Sqlite(_temp.File("compare.db"));
        await onPostgres.InitializeDatabaseAsync();
        await onSqlite.InitializeDatabaseAsync();

        var fromPostgres = await onPostgres.WithContextAsync(CatalogSnapshot.ReadAsync);
        var fromSqlite = await onSqlite.WithContextAsync(CatalogSnapshot.ReadAsync);

        Assert.Equal(fromSqlite.Describe(), fromPostgres.Describe());
    }

    [Fact]
    public async Task InstancesStartingTogetherSeedTheCatalogOnce()
    {
        var database = await postgres.CreateDatabaseAsync();
        var instances = Enumerable.Range(0, 3).Select(_ => PersistenceHost.Postgres(database)).ToList();
        await using var reference = PersistenceHost.Sqlite(_temp.File("reference.db"));
        await reference.InitializeDatabaseAsync();
        var expectedProducts = await reference.WithContextAsync(db => db.Products.CountAsync());

        try
        {
            await Task.WhenAll(instances.Select(i => Task.Run(() => i.InitializeDatabaseAsync())));

            Assert.Equal(expectedProducts, await instances[0].WithContextAsync(db => db.Products.CountAsync()));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task InitializingTwiceDoesNotDuplicateTheCatalog()
    {
        await using var services = PersistenceHost.Postgres(await postgres.CreateDatabaseAsync());
        await services.InitializeDatabaseAsync();
        var first = await services.WithContextAsync(CatalogSnapshot.ReadAsync);

        await services.InitializeDatabaseAsync();

        Assert.Equal(first.Describe(), (await services.WithContextAsync(CatalogSnapshot.ReadAsync)).Describe());
    }

    [Fact]
    public async Task TheDatabaseRefusesAllocatingMoreThanIsOnHand()
    {
        await using var services = PersistenceHost.Postgres(await postgres.CreateDatabaseAsync());
        await services.InitializeDatabaseAsync();

        await StockInvariant.AssertDatabaseRejectsOverAllocationAsync(services);
    }

    [Fact]
    public async Task TheDatabaseRefusesChangingOrDeletingAuditEntriesOnPostgres()
    {
        await using var services = PersistenceHost.Create(
            ("Database:Provider", "Postgres"),
            ("ConnectionStrings:Headless", await postgres.CreateDatabaseAsync()),
            ("Database:SeedDemoCatalog", "false"));
        await services.InitializeDatabaseAsync();

        await AuditAppendOnly.AssertTheDatabaseRefusesChangingOrDeletingEntriesAsync(services);
    }

    [Fact]
    public async Task AggregatesRoundTripWithTheirValueObjectsAndChanges()
    {
        await using var services = PersistenceHost.Create(
            ("Database:Provider", "Postgres"),
            ("ConnectionStrings:Headless", await postgres.CreateDatabaseAsync()),
            ("Database:SeedDemoCatalog", "false"));
        await services.InitializeDatabaseAsync();

        await RoundTrip.AssertAsync(services);
    }
}
