using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Tests.Persistence;

internal static class StockInvariant
{
    /// <summary>Bypasses the aggregate with a set-based update; the check constraint must stop it.</summary>
    public static async Task AssertDatabaseRejectsOverAllocationAsync(IServiceProvider services)
    {
        var level = await services.WithContextAsync(db => db.StockLevels.AsNoTracking().FirstAsync(l => l.OnHand > 0));

        var overAllocate = () => services.WithContextAsync(db => db.StockLevels
            .Where(l => l.Id == level.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Allocated, l => l.OnHand + 1)));
        var negativeOnHand = () => services.WithContextAsync(db => db.StockLevels
            .Where(l => l.Id == level.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.OnHand, -1).SetProperty(l => l.Allocated, 0)));

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(overAllocate);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(negativeOnHand);

        var after = await services.WithContextAsync(db => db.StockLevels.AsNoTracking().SingleAsync(l => l.Id == level.Id));
        Assert.Equal((level.OnHand, level.Allocated), (after.OnHand, after.Allocated));
    }
}
