using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Domain.SeedWork;
using Headless.Infrastructure.Outbox;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Payments.Refunds;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Pipeline.Steps;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Ordering.Actions;

/// <summary>
/// Staff actions on an order's money: cancel (before shipment; stock released, payment voided or refunded) and capture
/// (an order whose capture policy waits). Provider calls happen outside transactions under keys of their own, then one
/// transaction moves the order through its state machine. Both are idempotent by state: a repeat finds the order
/// cancelled or captured and answers it as it is.
/// </summary>
public sealed class OrderActions(
    HeadlessDbContext db,
    IEnumerable<IPaymentProvider> providers,
    RefundService refunds,
    PaymentCapture capture,
    StockAllocator allocator,
    OutboxSignal signal,
    TimeProvider clock)
{
    public const string NotFound = "orders.not_found";
    public const string AlreadyShipped = "orders.already_shipped";
    public const string NotCapturable = "orders.not_capturable";
    public const string ProviderFailed = "orders.payment_provider_failed";

    /// <summary>The idempotency key of the refund a cancellation makes: one per order, however often it is asked.</summary>
    public const string CancellationRefundKey = "cancellation";

    public static string VoidKey(Guid orderId) => $"void:{orderId:N}";

    public async Task<OrderActionResult> CancelAsync(Guid orderId, string reason, string actor, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return OrderActionResult.Refused(NotFound, "No order has this ID.");
        }

        if (order.State == OrderState.Cancelled)
        {
            return OrderActionResult.Ok(order);
        }

        if (await db.Shipments.AnyAsync(s => s.OrderId == orderId && s.TrackingNumber != null, ct) || order.State is OrderState.Shipped or OrderState.Delivered)
        {
            return OrderActionResult.Refused(AlreadyShipped, "The order is already with the carrier; refund it or take a return instead.", order);
        }

        if (order.WhyNot(OrderTransition.Cancel, new TransitionRequest(actor, clock.GetUtcNow())) is { } why)
        {
            return OrderActionResult.Refused(OrderErrorCodes.TransitionNotAllowed, why, order);
        }

        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId, ct);
        var voided = false;
        if (payment is { Status: PaymentStatus.Captured, Refundable: > 0 })
        {
            var refunded = await refunds.RefundAsync(new RefundCommand(orderId, null, null, reason, CancellationRefundKey, actor, MovesOrder: false), ct);
            if (!refunded.Succeeded)
            {
                return OrderActionResult.Refused(refunded.ErrorCode ?? ProviderFailed, refunded.Message ?? "The refund was not made.", order);
            }
        }
        else if (payment is { Status: PaymentStatus.Authorized or PaymentStatus.RequiresAction })
        {
            var provider = providers.LastOrDefault(p => p.Name == payment.Provider) ?? providers.LastOrDefault()
                ?? throw new InvalidOperationException("No payment provider is configured.");
            var answer = await provider.VoidAsync(new VoidRequest(payment.AuthorizationId, VoidKey(orderId)), ct);
            if (answer.Outcome != PaymentOutcome.Voided)
            {
                return OrderActionResult.Refused(ProviderFailed, $"The payment provider did not void the payment ({answer.Outcome}); try again.", order);
            }

            voided = true;
        }

        try
        {
            return await ConflictRetry.RunAsync(db, clock, () => CommitCancelAsync(orderId, reason, actor, voided, ct), ct);
        }
        catch (DomainException refused)
        {
            return OrderActionResult.Refused(refused.Code, refused.Message);
        }
    }

    private async Task<OrderActionResult> CommitCancelAsync(Guid orderId, string reason, string actor, bool voided, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
        if (order.State == OrderState.Cancelled)
        {
            return OrderActionResult.Ok(order);
        }

        var now = clock.GetUtcNow();
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == orderId, ct);
        if (voided && payment is { Status: PaymentStatus.Authorized or PaymentStatus.RequiresAction })
        {
            payment.MarkVoided(now);
        }

        order.Apply(OrderTransition.Cancel, new TransitionRequest(actor, now, Note: reason));
        await allocator.ReleaseAsync(order.Id, ct);
        OrderOutbox.Enqueue(db, order, now);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        signal.Notify();
        return OrderActionResult.Ok(order);
    }

    public async Task<OrderActionResult> CaptureAsync(Guid orderId, string actor, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.Id == orderId, ct);
        if (order is null)
        {
            return OrderActionResult.Refused(NotFound, "No order has this ID.");
        }

        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == orderId, ct);
        if (payment is { CapturedAmount: > 0 })
        {
            return OrderActionResult.Ok(order);
        }

        var why = payment is not { Status: PaymentStatus.Authorized }
            ? $"The payment is {payment?.Status.ToString() ?? "missing"}, not authorized."
            : order.WhyNot(OrderTransition.CapturePayment, new TransitionRequest(actor, clock.GetUtcNow()));
        if (why is not null)
        {
            return OrderActionResult.Refused(NotCapturable, why, order);
        }

        try
        {
            await capture.CaptureAtProviderAsync(order, ct);
        }
        catch (InvalidOperationException failed)
        {
            return OrderActionResult.Refused(ProviderFailed, failed.Message, order);
        }

        return await ConflictRetry.RunAsync(db, clock, async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tracked = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == orderId, ct);
            var now = clock.GetUtcNow();
            await capture.RecordAsync(tracked, actor, now, ct);
            OrderOutbox.Enqueue(db, tracked, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            signal.Notify();
            return OrderActionResult.Ok(tracked);
        }, ct);
    }
}
