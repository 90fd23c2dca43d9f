namespace Headless.Infrastructure.Payments;

/// <summary>
/// A cash-on-delivery parcel the shopper did not take: kept against the customer (their account when the order
/// had one, and always the keyed email index, the same one customers are found by) so that fraud rules can later
/// stop offering cash on delivery to people who refuse it. One per order: a repeated report records nothing new.
/// Holds no personal data in the clear.
/// </summary>
public sealed class DeliveryRefusal
{
    public const int MaxNoteLength = 200;

    public DeliveryRefusal(Guid orderId, Guid? customerId, string? emailIndex, string paymentMethod, string? note, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        CustomerId = customerId;
        EmailIndex = emailIndex;
        PaymentMethod = paymentMethod;
        Note = note is { Length: > MaxNoteLength } ? note[..MaxNoteLength] : note;
        RecordedAt = recordedAt.ToUniversalTime();
    }

    // For EF Core materialization.
    private DeliveryRefusal() => PaymentMethod = null!;

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string? EmailIndex { get; private set; }

    public string PaymentMethod { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}
