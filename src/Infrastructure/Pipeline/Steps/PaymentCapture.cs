using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Captures an order's authorized payment at the provider under one key per order (whichever step asks, however
/// often: one capture) outside any transaction, then records it on the payment and the order in the step's transaction.
/// </summary>
public sealed class PaymentCapture(HeadlessDbContext db, IEnumerable<IPaymentProvider> providers)
{
    public static string Key(Guid orderId) => $"capture:{orderId:N}";

    /// <summary>Captures at the provider if the order is authorized and may be captured now; true when it was.</summary>
    public async Task<bool> CaptureAtProviderAsync(Order order, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        if (payment is not { Status: PaymentStatus.Authorized } || order.WhyNot(OrderTransition.CapturePayment, new TransitionRequest(Order.SystemActor, DateTimeOffset.UtcNow)) is not null)
        {
            return false;
        }

        var result = await PaymentProvider.CaptureAsync(new CaptureRequest(payment.AuthorizationId, payment.Amount, Key(order.Id)), ct);
        return result.Outcome == PaymentOutcome.Captured
            ? true
            : throw new InvalidOperationException($"The payment provider did not capture ({result.Outcome}): {result.Message}");
    }

    /// <summary>Records a capture the provider made (in the step's transaction); nothing when the order moved on meanwhile.</summary>
    public Task RecordAsync(Order order, DateTimeOffset now, CancellationToken ct) => RecordAsync(order, PaymentProvider.Name, now, ct);

    /// <summary>The same, recorded in the order's history as done by <paramref name="actor"/> (a staff member capturing by hand).</summary>
    public async Task RecordAsync(Order order, string actor, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        var request = new TransitionRequest(actor, now, Note: payment is null ? null : $"Captured {payment.Amount.Amount} {payment.Amount.Currency}.");
        if (payment is not { Status: PaymentStatus.Authorized } || order.WhyNot(OrderTransition.CapturePayment, request) is not null)
        {
            return;
        }

        payment.MarkCaptured(payment.Amount.Amount, payment.Amount.Currency, now);
        order.Apply(OrderTransition.CapturePayment, request);
    }

    private IPaymentProvider PaymentProvider =>
        providers.LastOrDefault() ?? throw new InvalidOperationException("No payment provider is configured.");
}
