using Headless.Domain.Ordering;
using Headless.Domain.Payments;
using Headless.Infrastructure.Payments;
using Headless.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Pipeline.Steps;

/// <summary>
/// Captures an order's authorized payment at the provider under one key per order (whichever step asks, however
/// often: one capture) outside any transaction, then records it on the payment and the order in the step's transaction.
/// Each capturing step names its <see cref="CaptureMoment"/>; only the moment that fits the order's goods, the
/// capture policy and the payment method captures (cash on delivery: only once delivered).
/// </summary>
public sealed class PaymentCapture(HeadlessDbContext db, PaymentMethodCatalog catalog, PaymentOptions options)
{
    public static string Key(Guid orderId) => $"capture:{orderId:N}";

    /// <summary>Whether <paramref name="moment"/> is when this order's payment is captured.</summary>
    public async Task<bool> IsDueAsync(Order order, CaptureMoment moment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var method = await db.Payments.AsNoTracking().Where(p => p.OrderId == order.Id).Select(p => p.Method).FirstOrDefaultAsync(ct);
        return moment == MomentFor(order, method);
    }

    /// <summary>Captures at the provider if <paramref name="moment"/> is due and the order may be captured now; true when it was.</summary>
    public Task<bool> CaptureAtProviderAsync(Order order, CaptureMoment moment, CancellationToken ct) =>
        CaptureCoreAsync(order, method => moment == MomentFor(order, method), ct);

    /// <summary>Captures at the provider whatever the policy (staff capturing by hand); true when it was.</summary>
    public Task<bool> CaptureAtProviderAsync(Order order, CancellationToken ct) => CaptureCoreAsync(order, _ => true, ct);

    private async Task<bool> CaptureCoreAsync(Order order, Func<string?, bool> due, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var payment = await db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        if (payment is not { Status: PaymentStatus.Authorized } || !due(payment.Method)
            || order.WhyNot(OrderTransition.CapturePayment, new TransitionRequest(Order.SystemActor, DateTimeOffset.UtcNow)) is not null)
        {
            return false;
        }

        var result = await ProviderFor(payment).CaptureAsync(new CaptureRequest(payment.AuthorizationId, payment.Amount, Key(order.Id)), ct);
        return result.Outcome == PaymentOutcome.Captured
            ? true
            : throw new InvalidOperationException($"The payment provider did not capture ({result.Outcome}): {result.Message}");
    }

    /// <summary>Records a capture the provider made (in the step's transaction); nothing when the order moved on meanwhile.</summary>
    public Task RecordAsync(Order order, DateTimeOffset now, CancellationToken ct) => RecordAsync(order, null, now, ct);

    /// <summary>The same, recorded in the order's history as done by <paramref name="actor"/> (a staff member capturing by hand; null: the provider).</summary>
    public async Task RecordAsync(Order order, string? actor, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(order);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == order.Id, ct);
        var request = new TransitionRequest(actor ?? (payment is null ? Order.SystemActor : ProviderFor(payment).Name), now, Note: payment is null ? null : $"Captured {payment.Amount.Amount} {payment.Amount.Currency}.");
        if (payment is not { Status: PaymentStatus.Authorized } || order.WhyNot(OrderTransition.CapturePayment, request) is not null)
        {
            return;
        }

        payment.MarkCaptured(payment.Amount.Amount, payment.Amount.Currency, now);
        order.Apply(OrderTransition.CapturePayment, request);
    }

    private CaptureMoment MomentFor(Order order, string? method) =>
        method is not null && PaymentMethodCatalog.CapturesOnDelivery(method) ? CaptureMoment.Delivered
        : order.RequiresShipping && options.CapturePolicy == CapturePolicy.OnShipment ? CaptureMoment.Shipped
        : CaptureMoment.StockConfirmed;

    private IPaymentProvider ProviderFor(Payment payment) =>
        catalog.ProviderNamed(payment.Provider) ?? throw new InvalidOperationException("No payment provider is configured.");
}
