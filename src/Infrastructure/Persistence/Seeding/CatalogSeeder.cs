using Headless.Domain.Inventory;
using Headless.Infrastructure.Inventory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>
/// Loads the demo catalog once. Safe when several instances start together: the seed record is
/// inserted first inside the transaction, so a second instance blocks on its key until the first
/// commits, then fails on the duplicate and backs off.
/// </summary>
internal static class CatalogSeeder
{
    public const string SeedName = "demo-catalog";

    /// <returns>Whether this call loaded the catalog.</returns>
    public static async Task<bool> SeedAsync(HeadlessDbContext db, TimeProvider clock, ILogger logger, CancellationToken ct)
    {
        if (await db.SeedHistory.AnyAsync(s => s.Name == SeedName, ct))
        {
            return false;
        }

        // A catalog someone filled by other means is never mixed with demo data.
        if (await db.Products.AnyAsync(ct))
        {
            logger.LogInformation("The catalog already has products; the demo catalog is not loaded.");
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.SeedHistory.Add(new SeedRecord(SeedName, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await db.SeedHistory.AnyAsync(s => s.Name == SeedName, ct))
            {
                logger.LogInformation("Another instance loaded the demo catalog.");
                return false;
            }

            throw;
        }

        // The first start on a new database takes a while longer; say so before the work, not only after it.
        logger.LogInformation("Loading the demo catalog into the new database (first start only)…");
        var content = DemoCatalog.Build();
        db.Categories.AddRange(content.Categories);
        db.StockLocations.AddRange(content.StockLocations);
        db.Products.AddRange(content.Products);
        db.StockLevels.AddRange(content.StockLevels);

        // The seeded quantities are the ledger's opening balances: on hand equals the sum of movements from the start.
        var now = clock.GetUtcNow();
        db.StockMovements.AddRange(content.StockLevels.Select(l => StockLedger.OpeningBalance(l, now)).OfType<StockMovement>());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();

        logger.LogInformation(
            "Loaded the demo catalog: {Categories} categories, {Products} products, {Variants} variants, {StockLevels} stock levels.",
            content.Categories.Count,
            content.Products.Count,
            content.Products.Sum(p => p.Variants.Count),
            content.StockLevels.Count);
        return true;
    }
}
