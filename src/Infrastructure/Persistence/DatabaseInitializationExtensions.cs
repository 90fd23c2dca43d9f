using Headless.Infrastructure.Hosting;
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
    public static Task InitializeDatabaseAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.InitializeDatabaseAsync(null, ct);

    /// <inheritdoc cref="InitializeDatabaseAsync(IServiceProvider, CancellationToken)"/>
    /// <param name="timeline">Marks each step's end, for the start-up log.</param>
    public static async Task InitializeDatabaseAsync(this IServiceProvider services, StartupTimeline? timeline, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<HeadlessDbContext>();
        var logger = provider.GetService<ILoggerFactory>()?.CreateLogger(typeof(DatabaseInitializationExtensions).FullName!)
            ?? NullLogger.Instance;

        _ = db.Model;
        timeline?.Mark("ef model");
        if (!await IsUpToDateAsync(db, ct))
        {
            await MigrateAsync(db, ct);
        }

        timeline?.Mark("migrations");

        // One read for both one-time steps; each still checks its own record inside its transaction against races.
        var clock = provider.GetService<TimeProvider>() ?? TimeProvider.System;
        var done = await SeedsDoneAsync(db, ct);
        if (!done.Contains(StockLedgerOpening.SeedName))
        {
            await StockLedgerOpening.OpenAsync(db, clock, ct);
        }

        var options = provider.GetService<DatabaseOptions>() ?? new DatabaseOptions();
        if (options.SeedDemoCatalog && !done.Contains(CatalogSeeder.SeedName))
        {
            await CatalogSeeder.SeedAsync(db, clock, logger, ct);
        }

        timeline?.Mark("seed check");
    }

    /// <summary>
    /// True when every migration of this build is in the history table: then <see cref="MigrateAsync"/> is skipped,
    /// which on a current database would still take the migration lock and compare the model with the latest
    /// snapshot (building that snapshot's model), about a second of CPU at every start. Tests guard that the model has
    /// no change without a migration (ModelTests), so that comparison adds nothing at run time.
    /// </summary>
    private static async Task<bool> IsUpToDateAsync(HeadlessDbContext db, CancellationToken ct)
    {
        var known = db.Database.GetMigrations().ToList();
        try
        {
            var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToHashSet(StringComparer.Ordinal);
            return known.TrueForAll(applied.Contains);
        }
        catch (System.Data.Common.DbException)
        {
            // No database or no history table yet: migrating creates them.
            return false;
        }
    }

    /// <summary>The names in the seed history, read with plain ADO.NET (one statement, no query compilation).</summary>
    private static async Task<HashSet<string>> SeedsDoneAsync(HeadlessDbContext db, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT name FROM seed_history";
            var names = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
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
