using Headless.Domain.Ordering;
using Headless.Domain.Ordering.Returns;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Ordering.Actions;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments.Refunds;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Returns;

/// <summary>
/// Returns (RMA): the shopper asks, staff approve or reject, and on receipt the units are restocked or written off
/// and the refund follows through <see cref="RefundService"/>. Every step is an event on the order (the state stays),
/// so order-status subscribers and the integrator feed hear of it, and two staff acting at once race on the order's
/// sequence: the loser re-reads and finds the return already moved.
/// </summary>
public sealed class ReturnService(
    HeadlessDbContext db,
    RefundService refunds,
    ReturnRestock restock,
    OutboxSignal signal,
    TimeProvider clock)
{
    public const string NotFound = "returns.not_found";

    public static string RefundKey(Guid returnId) => $"return:{returnId:N}";

    public Task<ReturnResult> RequestAsync(Guid orderId, IReadOnlyList<ReturnLineRequest> lines, string reason, string idempotencyKey, string requestedBy, CancellationToken ct) =>
        RunAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var key = idempotencyKey?.Trim() ?? "";
            var existing = await db.Returns.Include(r => r.Lines).SingleOrDefaultAsync(r => r.OrderId == orderId && r.IdempotencyKey == key, ct);
            if (existing is not null)
            {
                return ReturnResult.Ok(existing);
            }

            var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
            if (order is null)
            {
                return ReturnResult.Refused(NotFound, "No order has this ID.");
            }

            var earlier = await db.Returns.Include(r => r.Lines).Where(r => r.OrderId == orderId).ToListAsync(ct);
            var now = clock.GetUtcNow();
            var requested = OrderReturn.Request(order, earlier, lines, reason, key, requestedBy, now);
            db.Returns.Add(requested);
            order.Apply(OrderTransition.RequestReturn, new TransitionRequest(requestedBy, now, Note: $"Return requested: {Describe(requested)}. {requested.Reason}"));
            await CommitAsync(order, now, ct);
            await transaction.CommitAsync(ct);
            signal.Notify();
            return ReturnResult.Ok(requested);
        }, ct);

    public Task<ReturnResult> ApproveAsync(Guid returnId, string actor, CancellationToken ct) =>
        ChangeAsync(returnId, ReturnStatus.Approved, OrderTransition.ApproveReturn, actor, (r, now) => r.Approve(now), r => $"Return approved: {Describe(r)}.", ct);

    public Task<ReturnResult> RejectAsync(Guid returnId, string reason, string actor, CancellationToken ct) =>
        ChangeAsync(returnId, ReturnStatus.Rejected, OrderTransition.RejectReturn, actor, (r, now) => r.Reject(reason, now), r => $"Return rejected: {r.RejectionReason}", ct);

    /// <summary>
    /// Records the parcel as back (restocking what <paramref name="dispositions"/> says), then refunds its lines. A refund
    /// that did not go through (the provider was down) is made by repeating the call: the receipt is not repeated.
    /// </summary>
    public async Task<ReturnResult> ReceiveAsync(Guid returnId, IReadOnlyDictionary<Guid, ReturnDisposition> dispositions, string actor, CancellationToken ct)
    {
        var received = await ChangeAsync(returnId, ReturnStatus.Received, OrderTransition.ReceiveReturn, actor, (r, now) => r.Receive(dispositions, now), r => $"Return received: {Describe(r)}.", ct, restockFirst: true);
        if (received.ErrorCode is not null || received.Return is not { } value)
        {
            return received;
        }

        var refunded = await refunds.RefundAsync(
            new RefundCommand(value.OrderId, [.. value.Lines.Select(l => new RefundLineRequest(l.OrderLineId, l.Quantity))], null, $"Return: {value.Reason}", RefundKey(value.Id), actor, value.Id),
            ct);
        if (refunded.Refund is { Status: RefundStatus.Succeeded } refund && value.RefundId is null)
        {
            await ConflictRetry.RunAsync(db, clock, async () =>
            {
                var tracked = await db.Returns.SingleAsync(r => r.Id == value.Id, ct);
                tracked.AttachRefund(refund.Id);
                await db.SaveChangesAsync(ct);
                return tracked;
            }, ct);
        }

        var current = await db.Returns.AsNoTracking().Include(r => r.Lines).SingleAsync(r => r.Id == value.Id, ct);
        return refunded.ErrorCode is null
            ? ReturnResult.Ok(current, refunded.Refund)
            : new ReturnResult(current, refunded.Refund, refunded.ErrorCode, refunded.Message);
    }

    private Task<ReturnResult> ChangeAsync(
        Guid returnId,
        ReturnStatus target,
        OrderTransition transition,
        string actor,
        Action<OrderReturn, DateTimeOffset> change,
        Func<OrderReturn, string> note,
        CancellationToken ct,
        bool restockFirst = false) =>
        RunAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var value = await db.Returns.Include(r => r.Lines).SingleOrDefaultAsync(r => r.Id == returnId, ct);
            if (value is null)
            {
                return ReturnResult.Refused(NotFound, "No return has this ID.");
            }

            if (value.Status == target)
            {
                return ReturnResult.Ok(value); // A repeat (or the other staff member was first).
            }

            var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == value.OrderId, ct);
            var now = clock.GetUtcNow();
            change(value, now);
            if (restockFirst)
            {
                await restock.RestockAsync(value, actor, ct);
            }

            order.Apply(transition, new TransitionRequest(actor, now, Note: note(value)));
            await CommitAsync(order, now, ct);
            await transaction.CommitAsync(ct);
            signal.Notify();
            return ReturnResult.Ok(value);
        }, ct);

    private async Task CommitAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        OrderOutbox.Enqueue(db, order, now);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ReturnResult> RunAsync(Func<Task<ReturnResult>> attempt, CancellationToken ct)
    {
        try
        {
            return await ConflictRetry.RunAsync(db, clock, attempt, ct);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return ReturnResult.Refused(refused.Code, refused.Message);
        }
    }

    private static string Describe(OrderReturn value) =>
        string.Join(", ", value.Lines.Select(l => l.Disposition is { } d ? $"{l.Quantity} × {l.Sku} ({d})" : $"{l.Quantity} × {l.Sku}"));
}
