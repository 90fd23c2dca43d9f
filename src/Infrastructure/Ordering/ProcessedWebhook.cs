namespace Headless.Infrastructure.Ordering;

/// <summary>A webhook event already acted on; its id is the primary key, so a replay fails to insert.</summary>
public sealed class ProcessedWebhook
{
    public ProcessedWebhook(string id, string type, DateTimeOffset receivedAt)
    {
        Id = id;
        Type = type;
        ReceivedAt = receivedAt.ToUniversalTime();
    }

    public string Id { get; private set; }

    public string Type { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
