namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>One POST of a delivery: what the receiver answered (or why there was no answer) and what happens next.</summary>
public sealed class WebhookAttempt
{
    public WebhookAttempt(Guid deliveryId, Guid endpointId, int attempt, DateTimeOffset attemptedAt, int? statusCode, int durationMs, string? error, DateTimeOffset? nextAttemptAt, WebhookDeliveryStatus outcome)
    {
        Id = Guid.NewGuid();
        DeliveryId = deliveryId;
        EndpointId = endpointId;
        Attempt = attempt;
        AttemptedAt = attemptedAt.ToUniversalTime();
        StatusCode = statusCode;
        DurationMs = durationMs;
        Error = error is null ? null : error[..Math.Min(error.Length, WebhookDelivery.MaxErrorLength)];
        NextAttemptAt = nextAttemptAt?.ToUniversalTime();
        Outcome = outcome;
    }

    // For EF Core materialization.
    private WebhookAttempt()
    {
    }

    public Guid Id { get; private set; }

    public Guid DeliveryId { get; private set; }

    public Guid EndpointId { get; private set; }

    /// <summary>1 for the first try of a delivery (counting again from 1 after a replay).</summary>
    public int Attempt { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    /// <summary>The receiver's HTTP status; null when none came (timeout, refused connection, refused target).</summary>
    public int? StatusCode { get; private set; }

    public int DurationMs { get; private set; }

    public string? Error { get; private set; }

    /// <summary>When the next attempt is due; null after success or the last attempt.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>The delivery's status after this attempt.</summary>
    public WebhookDeliveryStatus Outcome { get; private set; }
}
