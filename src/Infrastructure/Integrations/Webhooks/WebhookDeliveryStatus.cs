namespace Headless.Infrastructure.Integrations.Webhooks;

/// <summary>Where a delivery is: waiting for its next attempt, accepted by the receiver (2xx), or given up after the last retry.</summary>
public enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
    DeadLettered,
}
