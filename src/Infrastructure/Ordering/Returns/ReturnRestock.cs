using Headless.Domain.Inventory;
using Headless.Domain.Ordering.Returns;
using Headless.Infrastructure.Inventory;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Returns;

/// <summary>
/// Puts the restocked units of a received return back on hand, at the location each line was shipped from (else
/// the variant's first location), through the stock ledger: one <see cref="StockMovementReason.Returned"/> movement
/// per line. Runs in the caller's transaction; the storefront's stock cache hears of it on commit.
/// </summary>
public sealed class ReturnRestock(HeadlessDbContext db, StockLedger ledger)
{
    public async Task RestockAsync(OrderReturn received, string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(received);
        var restocked = received.Lines.Where(l => l.Disposition == ReturnDisposition.Restock).ToList();
        if (restocked.Count == 0)
        {
            return;
        }

        var shipments = await db.Shipments.AsNoTracking().Where(s => s.OrderId == received.OrderId).ToListAsync(ct);
        var who = MovementActor(actor);
        foreach (var line in restocked.OrderBy(l => l.VariantId)) // the checkout's lock order
        {
            var locationId = shipments.FirstOrDefault(s => s.Lines.Any(l => l.OrderLineId == line.OrderLineId))?.LocationId
                ?? await db.StockLevels.Where(s => s.VariantId == line.VariantId).OrderBy(s => s.LocationId).Select(s => (Guid?)s.LocationId).FirstOrDefaultAsync(ct);
            if (locationId is null)
            {
                continue; // The variant keeps no stock (untracked, or removed since): nothing to put back.
            }

            await ledger.ApplyAsync(
                new StockChange(line.VariantId, locationId.Value, line.Quantity, StockMovementReason.Returned, who, $"Return {received.Id:N}", $"order:{received.OrderId}"),
                received.Id,
                null,
                ct);
        }

        await ledger.SettleAsync(ct);
    }

    /// <summary>Order actors read <c>staff:&lt;id&gt;</c> or <c>api_key:&lt;id&gt;</c>; anything else is the system.</summary>
    private static StockMovementActor MovementActor(string actor)
    {
        var separator = actor.IndexOf(':', StringComparison.Ordinal);
        if (separator > 0 && Guid.TryParse(actor.AsSpan(separator + 1), out var id))
        {
            return actor[..separator] switch
            {
                StockMovementActor.StaffKind => StockMovementActor.Staff(id),
                StockMovementActor.ApiKeyKind => StockMovementActor.ApiKey(id),
                _ => StockMovementActor.System,
            };
        }

        return StockMovementActor.System;
    }
}
