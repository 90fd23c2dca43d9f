using Headless.Domain.Common;
using Headless.Domain.SeedWork;

namespace Headless.Domain.Payments;

/// <summary>
/// Money moving for an order through a provider, known by the provider's authorization id. Holds no card
/// data: the shopper's card stays with the provider, we see a one-time token only and do not keep it.
/// </summary>
public sealed class Payment : AggregateRoot
{
    public const int MaxProviderLength = 32;
    public const int MaxReferenceLength = 100;

    public Payment(Guid orderId, string provider, string method, string authorizationId, Money amount, PaymentStatus status, DateTimeOffset at)
    {
        OrderId = Guard.Id(orderId, PaymentErrorCodes.OrderRequired, "An order");
        Provider = Guard.Text(provider, MaxProviderLength, PaymentErrorCodes.InvalidReference, "A provider");
        Method = Guard.Text(method, MaxProviderLength, PaymentErrorCodes.InvalidReference, "A payment method");
        AuthorizationId = Guard.Text(authorizationId, MaxReferenceLength, PaymentErrorCodes.InvalidReference, "An authorization id");
        Amount = amount ?? throw new ArgumentNullException(nameof(amount));
        Status = status is PaymentStatus.Authorized or PaymentStatus.RequiresAction
            ? status
            : throw new DomainException(PaymentErrorCodes.InvalidStatusChange, $"A payment starts authorized or waiting for action, not {status}.");
        CreatedAt = at.ToUniversalTime();
        UpdatedAt = CreatedAt;
    }

    // For EF Core materialization.
    private Payment()
    {
        Provider = null!;
        Method = null!;
        AuthorizationId = null!;
        Amount = null!;
    }

    public Guid OrderId { get; private set; }

    public string Provider { get; private set; }

    public string Method { get; private set; }

    public string AuthorizationId { get; private set; }

    public Money Amount { get; private set; }

    public decimal CapturedAmount { get; private set; }

    public decimal RefundedAmount { get; private set; }

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void MarkAuthorized(DateTimeOffset at) => Move(PaymentStatus.Authorized, at, PaymentStatus.RequiresAction);

    /// <summary>
    /// Records the capture of the whole authorized amount. The order counts as paid once captured, so a capture of
    /// any other amount (a forged or mistaken €0.01) is refused rather than taken for payment in full.
    /// </summary>
    public void MarkCaptured(decimal amount, string currency, DateTimeOffset at)
    {
        if (amount != Amount.Amount || !string.Equals(currency, Amount.Currency, StringComparison.Ordinal))
        {
            throw new DomainException(PaymentErrorCodes.AmountMismatch, $"A capture must be the authorized {Amount.Amount} {Amount.Currency}, not {amount} {currency}.");
        }

        Move(PaymentStatus.Captured, at, PaymentStatus.Authorized, PaymentStatus.RequiresAction);
        CapturedAmount = amount;
    }

    /// <summary>The amount a refund must be: everything captured and not yet refunded (a refund refunds the order).</summary>
    public decimal Refundable => CapturedAmount - RefundedAmount;

    /// <summary>
    /// Records a refund of everything still refundable. The order becomes refunded (and its stock goes back on sale)
    /// on a refund, so a partial one is refused rather than treated as the whole.
    /// </summary>
    public void MarkRefunded(decimal amount, string currency, DateTimeOffset at)
    {
        if (amount <= 0 || amount != Refundable || !string.Equals(currency, Amount.Currency, StringComparison.Ordinal))
        {
            throw new DomainException(PaymentErrorCodes.AmountMismatch, $"A refund must be the {Refundable} {Amount.Currency} still refundable, not {amount} {currency}.");
        }

        Move(PaymentStatus.Refunded, at, PaymentStatus.Captured);
        RefundedAmount += amount;
    }

    /// <summary>
    /// Holds <paramref name="amount"/> of what is captured for a refund being made: counted as refunded from now on, so
    /// that the next refund sees less to give. More than is still refundable is refused.
    /// </summary>
    public void HoldRefund(decimal amount, DateTimeOffset at)
    {
        if (Status is not (PaymentStatus.Captured or PaymentStatus.Refunded))
        {
            throw new DomainException(PaymentErrorCodes.NotCaptured, $"A payment that is {Status} cannot be refunded.");
        }

        // A refunded payment has nothing left: the same answer as any amount beyond what is left.
        if (amount <= 0 || amount > Refundable || Status == PaymentStatus.Refunded)
        {
            throw new DomainException(PaymentErrorCodes.RefundExceedsCaptured, $"At most {Refundable} {Amount.Currency} can still be refunded, not {amount}.");
        }

        RefundedAmount += amount;
        UpdatedAt = at.ToUniversalTime();
    }

    /// <summary>Gives back an amount held by <see cref="HoldRefund"/> for a refund the provider refused.</summary>
    public void ReleaseRefund(decimal amount, DateTimeOffset at)
    {
        if (amount <= 0 || amount > RefundedAmount)
        {
            throw new DomainException(PaymentErrorCodes.InvalidRefund, $"{amount} {Amount.Currency} was not held for a refund.");
        }

        RefundedAmount -= amount;
        UpdatedAt = at.ToUniversalTime();
    }

    /// <summary>After a refund succeeded: once nothing captured is left, the payment is refunded.</summary>
    public void SettleRefunds(DateTimeOffset at)
    {
        if (Status == PaymentStatus.Captured && Refundable == 0)
        {
            Move(PaymentStatus.Refunded, at, PaymentStatus.Captured);
        }
    }

    public void MarkVoided(DateTimeOffset at) => Move(PaymentStatus.Voided, at, PaymentStatus.Authorized, PaymentStatus.RequiresAction);

    public void MarkFailed(DateTimeOffset at) => Move(PaymentStatus.Failed, at, PaymentStatus.Authorized, PaymentStatus.RequiresAction);

    private void Move(PaymentStatus to, DateTimeOffset at, params PaymentStatus[] from)
    {
        if (!from.Contains(Status))
        {
            throw new DomainException(PaymentErrorCodes.InvalidStatusChange, $"A payment that is {Status} cannot become {to}.");
        }

        Status = to;
        UpdatedAt = at.ToUniversalTime();
    }
}
