namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// One way of reaching a customer (email now; SMS or push later, each another implementation). The channel picks
/// its address from what the order knows and sends; it throws when the message was not accepted.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Stable name, part of the delivery key (<c>email</c>).</summary>
    string Name { get; }

    /// <summary>The address to use for this customer, or null when the channel cannot reach them.</summary>
    string? RecipientFor(NotificationContact contact);

    Task SendAsync(NotificationMessage message, CancellationToken ct);
}
