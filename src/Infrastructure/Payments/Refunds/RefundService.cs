using System.Globalization;
using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Ordering;
using Headless.Infrastructure.Ordering.Actions;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Payments.Refunds;

/// <summary>
/// The one way money goes back: staff refunds, cancellations of captured orders, returns and the pipeline's
/// final fulfilment failures all come here. Three stages, none holding a transaction open across the provider call:
/// <list type="number">
/// <item>hold the amount on the payment and write the refund, pending (its key is unique per order: a repeat finds it);
/// two refunds at once race on the payment's refunded total, a concurrency token, so the loser re-reads and the
/// domain refuses what is no longer there;</item>
/// <item>ask the provider, with a key of the refund's own (a repeat pays nothing twice);</item>
/// <item>record the answer: succeeded (the order moves to REFUNDED once nothing captured is left, otherwise gets a
/// partial-refund event) or refused (the held amount is refundable again).</item>
/// </list>
/// A provider that did not answer (or answered "pending") leaves the refund pending and its amount held; repeating with
/// the same key resumes it, and <see cref="RefundFollowUp"/> asks again in the background until it succeeds or fails.
/// </summary>
public sealed class RefundService(
    HeadlessDbContext db,
    IEnumerable<IPaymentProvider> providers,
    StockAllocator allocator,
    OutboxSignal signal,
    TimeProvider clock)
{
    public const string ProviderDeclined = "refunds.provider_declined";
    public const string ProviderUnavailable = "refunds.provider_unavailable";
    public const string OrderNotFound = "refunds.order_not_found";

    public static string ProviderKey(Guid refundId) => $"refund:{refundId:N}";

    public async Task<RefundResult> RefundAsync(RefundCommand command, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        Refund refund;
        try
        {
            refund = await ConflictRetry.RunAsync(db, clock, () => StartAsync(command, ct), ct);
        }
        catch (DomainException refused)
        {
            return RefundResult.Refused(refused.Code, refused.Message);
        }

        if (refund.Status != RefundStatus.Pending)
        {
            return RefundResult.Done(refund);
        }

        return RefundResult.Done(await AskAndRecordAsync(refund, command.MovesOrder, ct));
    }

    /// <summary>
    /// Asks the provider again about a refund it has not answered yet (same key: nothing is paid twice) and records
    /// the answer; the refund stays pending while the provider still does not answer. For <see cref="RefundFollowUp"/>.
    /// </summary>
    public async Task<Refund?> ResumeAsync(Guid refundId, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var refund = await db.Refunds.AsNoTracking().SingleOrDefaultAsync(r => r.Id == refundId, ct);
        if (refund is null || refund.Status != RefundStatus.Pending)
        {
            return refund;
        }

        // A cancellation's refund leaves the order cancelled (see RefundCommand.MovesOrder).
        return await AskAndRecordAsync(refund, refund.IdempotencyKey != OrderActions.CancellationRefundKey, ct);
    }

    private async Task<Refund> AskAndRecordAsync(Refund refund, bool movesOrder, CancellationToken ct)
    {
        var payment = await db.Payments.AsNoTracking().SingleAsync(p => p.Id == refund.PaymentId, ct);
        var provider = providers.LastOrDefault(p => p.Name == payment.Provider) ?? providers.LastOrDefault()
            ?? throw new InvalidOperationException("No payment provider is configured.");
        var answer = await provider.RefundAsync(new RefundRequest(payment.AuthorizationId, refund.Amount, ProviderKey(refund.Id)), ct);
        if (answer.IsTransient)
        {
            return refund;
        }

        return await ConflictRetry.RunAsync(db, clock, () => FinishAsync(refund.Id, answer, movesOrder, ct), ct);
    }

    private async Task<Refund> StartAsync(RefundCommand command, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var key = command.IdempotencyKey.Trim();
        var existing = await db.Refunds.Include(r => r.Lines).SingleOrDefaultAsync(r => r.OrderId == command.OrderId && r.IdempotencyKey == key, ct);
        if (existing is not null)
        {
            return existing;
        }

        var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == command.OrderId, ct)
            ?? throw new DomainException(OrderNotFound, "No order has this ID.");
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        var earlier = await db.Refunds.Include(r => r.Lines).Where(r => r.OrderId == order.Id).ToListAsync(ct);
        var now = clock.GetUtcNow();
        var refund = Refund.Start(order, payment, earlier, command.Lines, command.Amount, command.Reason, key, command.Actor, command.ReturnId, now);
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return refund;
    }

    private async Task<Refund> FinishAsync(Guid refundId, PaymentResult answer, bool movesOrder, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var refund = await db.Refunds.Include(r => r.Lines).SingleAsync(r => r.Id == refundId, ct);
        if (refund.Status != RefundStatus.Pending)
        {
            return refund; // A concurrent repeat recorded it first.
        }

        var payment = await db.Payments.SingleAsync(p => p.Id == refund.PaymentId, ct);
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == refund.OrderId, ct);
        var now = clock.GetUtcNow();
        if (answer.Outcome != PaymentOutcome.Refunded)
        {
            refund.MarkFailed(payment, answer.Message ?? answer.Outcome.ToString(), now);
        }
        else
        {
            refund.MarkSucceeded(answer.AuthorizationId, now);
            payment.SettleRefunds(now);
            if (movesOrder)
            {
                await MoveOrderAsync(order, payment, refund, now, ct);
            }
        }

        OrderOutbox.Enqueue(db, order, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return refund;
    }

    /// <summary>REFUNDED once nothing captured is left (stock not yet shipped goes back on sale); otherwise a partial-refund event.</summary>
    private async Task MoveOrderAsync(Order order, Payment payment, Refund refund, DateTimeOffset now, CancellationToken ct)
    {
        var note = string.Create(CultureInfo.InvariantCulture, $"Refunded {refund.Amount}: {refund.Reason}");
        var request = new TransitionRequest(refund.Actor, now, Note: note);
        var othersPending = await db.Refunds.AnyAsync(r => r.OrderId == order.Id && r.Id != refund.Id && r.Status == RefundStatus.Pending, ct);
        if (payment.Refundable == 0 && !othersPending && order.WhyNot(OrderTransition.Refund, request) is null)
        {
            var unshipped = order.State is OrderState.PaymentCaptured or OrderState.Fulfilling;
            order.Apply(OrderTransition.Refund, request);
            if (unshipped)
            {
                await allocator.ReleaseAsync(order.Id, ct);
            }
        }
        else if (order.WhyNot(OrderTransition.RefundPartially, request) is null)
        {
            order.Apply(OrderTransition.RefundPartially, request);
        }
    }
}
