using Headless.Domain.Inventory;
using Headless.Domain.Shipping;
using Headless.Infrastructure.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// A parcel came back to the sender: its units go back on hand at the location they left, through the stock ledger
/// (a <see cref="StockMovementReason.Returned"/> movement per line). Each line's movement carries a key of its
/// parcel and line, so a second run, or a run after a later parcel came back, puts nothing back twice.
/// </summary>
public sealed class ParcelRestockStep(OrderStepTransaction transaction, StockLedger ledger) : IOrderStep
{
    public string Name => OrderPipelineRoutes.ParcelRestock;

    public static string Key(Guid shipmentId, Guid orderLineId) => $"parcel-return:{shipmentId:N}:{orderLineId:N}";

    public Task RunAsync(StepRun run, CancellationToken ct) =>
        transaction.CommitAsync(run, async (order, now) =>
        {
            var db = transaction.Db;
            var returned = await db.Shipments.AsNoTracking().Where(s => s.OrderId == order.Id && s.Status == ShipmentStatus.ReturnedToSender).ToListAsync(ct);
            foreach (var parcel in returned.OrderBy(s => s.Number))
            {
                foreach (var line in parcel.Lines)
                {
                    var key = Key(parcel.Id, line.OrderLineId);
                    if (await db.StockMovements.AnyAsync(m => m.IdempotencyKey == key, ct))
                    {
                        continue;
                    }

                    var change = new StockChange(line.VariantId, parcel.LocationId, line.Quantity, StockMovementReason.Returned, StockMovementActor.System,
                        Note: $"Parcel {parcel.Number} came back to the sender.", Reference: $"order:{order.Id}");
                    _ = await ledger.ApplyAsync(change, Guid.CreateVersion7(now), key, ct)
                        ?? throw new InvalidOperationException($"No stock level of {line.Sku} at the location parcel {parcel.Number} left.");
                }
            }

            await ledger.SettleAsync(ct);
        }, ct);
}
