using Headless.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Headless.Infrastructure.Persistence;

public static class DatabaseInitializationExtensions
{
    /// <summary>
    /// Applies pending migrations, opens the stock ledger's balances of a database from before it, then loads the demo catalog if <c>Database:SeedDemoCatalog</c> is on
    /// and it was never loaded. Idempotent; concurrent callers are safe (EF Core holds a migration lock,
    /// the seed guards itself).
    /// </summary>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<HeadlessDbContext>();
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseInitializationExtensions).FullName!)
            ?? NullLogger.Instance;

        await MigrateAsync(db, ct);
        await StockLedgerOpening.OpenAsync(db, provider.GetService<TimeProvider>() ?? TimeProvider.System, ct);

        var options = provider.GetService<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.SeedDemoCatalog)
        {
            await CatalogSeeder.SeedAsync(db, provider.GetService<TimeProvider>() ?? TimeProvider.System, logger, ct);
        }
    }

    /// <summary>
    /// Instances starting together may race through a chain of several migrations: EF Core's migration lock
    /// is taken per migration, so one instance can try to apply a migration another just committed. The
    /// loser's migration rolls back (DDL is transactional where it matters); trying again finds it applied.
    /// </summary>
    private static async Task MigrateAsync(HeadlessDbContext db, CancellationToken ct)
    {
        const int attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.Database.MigrateAsync(ct);
                return;
            }
            catch (System.Data.Common.DbException) when (attempt < attempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), ct);
            }
        }
    }
}
