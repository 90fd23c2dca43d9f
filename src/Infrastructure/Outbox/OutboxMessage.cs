namespace Headless.Infrastructure.Outbox;

/// <summary>
/// A message written in the same transaction as the change it reports, sent later by
/// <see cref="OutboxPublisher"/>. <see cref="Id"/> grows with insertion, which is the sending order.
/// A publisher owns a row while <see cref="LeaseExpiresAt"/> is in the future; a crashed one's lease lapses.
/// </summary>
public sealed class OutboxMessage
{
    public const int MaxTopicLength = 200;

    public OutboxMessage(string topic, string payload, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentException.ThrowIfNullOrEmpty(payload);
        Topic = topic;
        Payload = payload;
        CreatedAt = createdAt.ToUniversalTime();
    }

    // For EF Core materialization.
    private OutboxMessage()
    {
        Topic = null!;
        Payload = null!;
    }

    public long Id { get; private set; }

    public string Topic { get; private set; }

    /// <summary>JSON.</summary>
    public string Payload { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseExpiresAt { get; private set; }

    public int Attempts { get; private set; }
}
