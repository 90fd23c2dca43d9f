using Headless.Domain.SeedWork;

namespace Headless.Domain.Ordering;

/// <summary>
/// One step in an order's history. <see cref="Sequence"/> counts from 1 per order without gaps, so a
/// subscriber can tell a duplicate (seen that number) from a gap (missed one). Placement is sequence 1,
/// with no <see cref="FromState"/> and no <see cref="Transition"/>.
/// </summary>
public sealed class OrderEvent : Entity
{
    public const int MaxActorLength = 100;
    public const int MaxNoteLength = 500;

    internal OrderEvent(Guid orderId, int sequence, DateTimeOffset occurredAt, string actor, OrderTransition? transition, OrderState? fromState, OrderState toState, string? note)
    {
        OrderId = orderId;
        Sequence = sequence;
        OccurredAt = occurredAt.ToUniversalTime();
        Actor = Guard.Text(actor, MaxActorLength, OrderErrorCodes.InvalidActor, "An actor");
        Transition = transition;
        FromState = fromState;
        ToState = toState;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, MaxNoteLength)];
    }

    // For EF Core materialization.
    private OrderEvent()
    {
        Actor = null!;
    }

    public Guid OrderId { get; private set; }

    public int Sequence { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string Actor { get; private set; }

    public OrderTransition? Transition { get; private set; }

    public OrderState? FromState { get; private set; }

    public OrderState ToState { get; private set; }

    public string? Note { get; private set; }
}
