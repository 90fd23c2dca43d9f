namespace Headless.Infrastructure.Integrations.Notifications;

/// <summary>
/// One message owed to a customer for one feed event by one template and channel. <see cref="Key"/>
/// (<c>&lt;event id&gt;:&lt;template&gt;:&lt;channel&gt;</c>) is unique, so the same event never queues the same
/// message twice; a sender claims the row with a lease and marks it sent as soon as the channel accepted it.
/// The recipient is not stored here: it is read from the order when sending, and never logged.
/// </summary>
public sealed class NotificationDelivery
{
    public const int MaxKeyLength = 150;
    public const int MaxTemplateLength = 50;
    public const int MaxChannelLength = 20;
    public const int MaxErrorLength = 500;

    public NotificationDelivery(Guid eventId, Guid orderId, long position, string template, string channel, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        EventId = eventId;
        OrderId = orderId;
        Position = position;
        Template = template;
        Channel = channel;
        Key = KeyFor(eventId, template, channel);
        Status = NotificationStatus.Pending;
        CreatedAt = now.ToUniversalTime();
        NextAttemptAt = CreatedAt;
    }

    // For EF Core materialization.
    private NotificationDelivery()
    {
        Key = null!;
        Template = null!;
        Channel = null!;
    }

    public Guid Id { get; private set; }

    public string Key { get; private set; }

    public Guid EventId { get; private set; }

    public Guid OrderId { get; private set; }

    public long Position { get; private set; }

    public string Template { get; private set; }

    public string Channel { get; private set; }

    public NotificationStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public static string KeyFor(Guid eventId, string template, string channel) => $"{eventId:N}:{template}:{channel}";
}
