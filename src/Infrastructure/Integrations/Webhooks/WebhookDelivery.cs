namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>
/// One feed entry owed to one endpoint (unique per endpoint and position: fanning out twice adds nothing). It is
/// claimed for an attempt with a lease like outbox rows, so two instances never post it at once; every attempt is
/// logged as a <see cref="WebhookAttempt"/> and summarised here.
/// </summary>
public sealed class WebhookDelivery
{
    public const int MaxErrorLength = 500;

    public WebhookDelivery(Guid endpointId, long position, string eventType, DateTimeOffset occurredAt, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        EndpointId = endpointId;
        Position = position;
        EventType = eventType;
        OccurredAt = occurredAt.ToUniversalTime();
        CreatedAt = now.ToUniversalTime();
        NextAttemptAt = CreatedAt;
        Status = WebhookDeliveryStatus.Pending;
    }

    // For EF Core materialization.
    private WebhookDelivery()
    {
        EventType = null!;
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>The feed entry delivered (its payload is the body).</summary>
    public long Position { get; private set; }

    public string EventType { get; private set; }

    /// <summary>When the event happened, for replays of a time range.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>Attempts since the delivery was created or last replayed.</summary>
    public int Attempts { get; private set; }

    /// <summary>Due time of the next attempt while <see cref="WebhookDeliveryStatus.Pending"/>; null otherwise.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public int? LastDurationMs { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>Times this delivery was replayed by hand.</summary>
    public int Replays { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }
}
