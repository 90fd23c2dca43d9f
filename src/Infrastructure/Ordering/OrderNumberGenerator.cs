using Headless.Domain.Ordering;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// Next order number from a counter row: increment and read back in one short transaction of its own, so
/// the row lock is held for two statements, not for a whole checkout. Safe across instances on every
/// provider; a checkout that fails afterwards leaves a gap, which is fine for numbers people read.
/// </summary>
public sealed class OrderNumberGenerator(HeadlessDbContext db)
{
    public async Task<string> NextAsync(CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            throw new InvalidOperationException("Take order numbers outside the checkout transaction; it would hold the counter lock until commit.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var counters = db.Set<OrderNumberCounter>().Where(c => c.Name == OrderNumberCounter.OrdersName);
        var updated = await counters.ExecuteUpdateAsync(s => s.SetProperty(c => c.Value, c => c.Value + 1), ct);
        if (updated != 1)
        {
            throw new InvalidOperationException("The order number counter row is missing; run the migrations.");
        }

        var value = await counters.AsNoTracking().Select(c => c.Value).SingleAsync(ct);
        await transaction.CommitAsync(ct);
        return OrderNumber.Format(value);
    }
}
