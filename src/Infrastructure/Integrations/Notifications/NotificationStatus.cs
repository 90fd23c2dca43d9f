namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>Pending (due at <c>NextAttemptAt</c>), Sent (the channel accepted it), Failed (given up after the last retry).</summary>
public enum NotificationStatus
{
    Pending,
    Sent,
    Failed,
}
