using Headless.Domain.Common;
using Headless.Domain.Ordering;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Payments;

/// <summary>
/// Money paid back on an order's payment: a free amount, or units of its lines at the price paid. Starting one holds
/// its amount on the payment at once (<see cref="Payment.HoldRefund"/>), so two refunds started together can never
/// pay back more than was captured; the provider's answer then settles it or gives the amount back.
/// </summary>
public sealed class Refund : AggregateRoot
{
    public const int MaxReasonLength = 500;
    public const int MaxKeyLength = 100;
    public const int MaxActorLength = 100;
    public const int MaxReferenceLength = 200;

    private readonly List<RefundLine> _lines = [];

    private Refund(Guid orderId, Guid paymentId, Money amount, string reason, string idempotencyKey, string actor, Guid? returnId, DateTimeOffset at)
    {
        OrderId = orderId;
        PaymentId = paymentId;
        Amount = amount;
        Reason = Guard.Text(reason, MaxReasonLength, PaymentErrorCodes.InvalidRefund, "A reason");
        IdempotencyKey = Guard.Text(idempotencyKey, MaxKeyLength, PaymentErrorCodes.InvalidRefund, "An idempotency key");
        Actor = Guard.Text(actor, MaxActorLength, PaymentErrorCodes.InvalidRefund, "An actor");
        ReturnId = returnId;
        Status = RefundStatus.Pending;
        CreatedAt = at.ToUniversalTime();
    }

    // For EF Core materialization.
    private Refund()
    {
        Amount = null!;
        Reason = null!;
        IdempotencyKey = null!;
        Actor = null!;
    }

    public Guid OrderId { get; private set; }

    public Guid PaymentId { get; private set; }

    /// <summary>The return this refund pays for, when it follows one.</summary>
    public Guid? ReturnId { get; private set; }

    public Money Amount { get; private set; }

    public string Reason { get; private set; }

    public string IdempotencyKey { get; private set; }

    /// <summary>Who asked: a staff member (<c>staff:…</c>), an API key (<c>api_key:…</c>) or a pipeline step.</summary>
    public string Actor { get; private set; }

    public RefundStatus Status { get; private set; }

    /// <summary>The provider's reference for the refund, once it answered.</summary>
    public string? ProviderReference { get; private set; }

    public string? Failure { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public IReadOnlyList<RefundLine> Lines => _lines.AsReadOnly();

    /// <summary>
    /// Starts a refund of <paramref name="lines"/> (their unit price times the quantity, at most what is still
    /// refundable), or of <paramref name="amount"/>, or — neither given — of everything still refundable. A line's
    /// units are refunded once: <paramref name="earlier"/> are the order's other refunds.
    /// </summary>
    public static Refund Start(
        Order order,
        Payment? payment,
        IReadOnlyCollection<Refund> earlier,
        IReadOnlyList<RefundLineRequest>? lines,
        decimal? amount,
        string reason,
        string idempotencyKey,
        string actor,
        Guid? returnId,
        DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(earlier);
        if (payment is null || payment.CapturedAmount <= 0)
        {
            throw new DomainException(PaymentErrorCodes.NotCaptured, "Nothing was captured for this order, so there is nothing to refund.");
        }

        if (lines is { Count: > 0 } && amount is not null)
        {
            throw new DomainException(PaymentErrorCodes.InvalidRefund, "Refund lines or an amount, not both.");
        }

        var currency = payment.Amount.Currency;
        decimal total;
        var refundLines = new List<(OrderLine Line, int Quantity)>();
        if (lines is { Count: > 0 })
        {
            foreach (var group in lines.GroupBy(l => l.OrderLineId))
            {
                var line = order.Lines.FirstOrDefault(l => l.Id == group.Key)
                    ?? throw new DomainException(OrderErrorCodes.LineNotFound, "The order has no such line.");
                var quantity = group.Sum(l => Guard.PositiveQuantity(l.Quantity, PaymentErrorCodes.InvalidRefund));
                var refunded = earlier.Where(r => r.Status != RefundStatus.Failed).SelectMany(r => r.Lines).Where(l => l.OrderLineId == line.Id).Sum(l => l.Quantity);
                if (quantity > line.Quantity - refunded)
                {
                    throw new DomainException(
                        PaymentErrorCodes.RefundQuantityExceeded,
                        $"{line.Sku}: {quantity} units asked, {line.Quantity - refunded} of {line.Quantity} not yet refunded.");
                }

                refundLines.Add((line, quantity));
            }

            // Lines are paid back at their price, but never beyond what is left (an earlier free amount may have taken some).
            total = Math.Min(refundLines.Sum(l => l.Line.UnitPrice.Amount * l.Quantity), payment.Refundable);
        }
        else if (amount is { } asked)
        {
            if (asked <= 0 || decimal.Round(asked, 2) != asked)
            {
                throw new DomainException(PaymentErrorCodes.InvalidRefund, "A refund amount is positive, with at most two decimals.");
            }

            total = asked;
        }
        else
        {
            total = payment.Refundable;
        }

        if (total <= 0)
        {
            throw new DomainException(PaymentErrorCodes.NothingToRefund, "Everything captured for this order is already refunded.");
        }

        payment.HoldRefund(total, at);
        var refund = new Refund(order.Id, payment.Id, new Money(total, currency), reason, idempotencyKey, actor, returnId, at);
        refund._lines.AddRange(refundLines.Select(l => new RefundLine(refund.Id, l.Line.Id, l.Line.Sku, l.Quantity)));
        return refund;
    }

    /// <summary>The provider paid it back: the held amount stays refunded.</summary>
    public void MarkSucceeded(string? providerReference, DateTimeOffset at)
    {
        EnsurePending();
        Status = RefundStatus.Succeeded;
        ProviderReference = string.IsNullOrWhiteSpace(providerReference) ? null : providerReference.Trim()[..Math.Min(providerReference.Trim().Length, MaxReferenceLength)];
        CompletedAt = at.ToUniversalTime();
    }

    /// <summary>The provider refused: the held amount goes back to <paramref name="payment"/>.</summary>
    public void MarkFailed(Payment payment, string? reason, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(payment);
        EnsurePending();
        payment.ReleaseRefund(Amount.Amount, at);
        Status = RefundStatus.Failed;
        Failure = string.IsNullOrWhiteSpace(reason) ? "The provider refused." : reason.Trim()[..Math.Min(reason.Trim().Length, MaxReasonLength)];
        CompletedAt = at.ToUniversalTime();
    }

    private void EnsurePending()
    {
        if (Status != RefundStatus.Pending)
        {
            throw new DomainException(PaymentErrorCodes.InvalidStatusChange, $"The refund is already {Status}.");
        }
    }
}
