namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// One order or stock event as integrators see it, with a global <see cref="Position"/> that only grows in commit order:
/// it is assigned after the event committed, by one sequencer at a time (see <see cref="FeedSequencer"/>), so a
/// reader paging by position never passes a row that becomes visible later.
/// </summary>
public sealed class FeedEntry
{
    public const int MaxTypeLength = 64;

    public FeedEntry(long position, Guid eventId, Guid? orderId, string type, DateTimeOffset occurredAt, DateTimeOffset recordedAt, string payload)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(position);
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentException.ThrowIfNullOrEmpty(payload);
        Position = position;
        EventId = eventId;
        OrderId = orderId;
        Type = type;
        OccurredAt = occurredAt.ToUniversalTime();
        RecordedAt = recordedAt.ToUniversalTime();
        Payload = payload;
    }

    // For EF Core materialization.
    private FeedEntry()
    {
        Type = null!;
        Payload = null!;
    }

    /// <summary>1, 2, 3, … without gaps across every order.</summary>
    public long Position { get; private set; }

    /// <summary>The order event or stock alert this entry reports (unique: an event is sequenced once).</summary>
    public Guid EventId { get; private set; }

    /// <summary>The order of an order event; null for a stock event.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>The integrator event type, e.g. <c>order.paid</c> (<see cref="IntegratorEventTypes"/>).</summary>
    public string Type { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>When the sequencer gave the entry its position.</summary>
    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The JSON envelope sent to webhooks and served by the pull feed (<see cref="IntegratorEventPayload"/>).</summary>
    public string Payload { get; private set; }
}
