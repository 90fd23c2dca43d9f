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

    public void MarkCaptured(decimal amount, DateTimeOffset at)
    {
        Move(PaymentStatus.Captured, at, PaymentStatus.Authorized, PaymentStatus.RequiresAction);
        CapturedAmount = amount is > 0 && amount <= Amount.Amount
            ? amount
            : throw new DomainException(PaymentErrorCodes.InvalidAmount, $"Cannot capture {amount} of {Amount}.");
    }

    public void MarkRefunded(decimal amount, DateTimeOffset at)
    {
        if (amount <= 0 || RefundedAmount + amount > CapturedAmount)
        {
            throw new DomainException(PaymentErrorCodes.InvalidAmount, $"Cannot refund {amount}: {CapturedAmount - RefundedAmount} is refundable.");
        }

        Move(PaymentStatus.Refunded, at, PaymentStatus.Captured, PaymentStatus.Refunded);
        RefundedAmount += amount;
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
