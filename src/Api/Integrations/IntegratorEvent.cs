using System.Globalization;
using Headless.Infrastructure.Integrations.Feed;

namespace Headless.Api.Integrations;

/// <summary>The GraphQL view of a feed entry.</summary>
public sealed record IntegratorEvent(string Id, string Type, string Sequence, DateTimeOffset OccurredAt, Guid OrderId, string OrderNumber, string Status, string Payload, string Cursor)
{
    public static IntegratorEvent From(FeedEntry entry)
    {
        var payload = IntegratorEventPayload.Parse(entry.Payload);
        return new IntegratorEvent(
            payload.Id, entry.Type, entry.Position.ToString(CultureInfo.InvariantCulture), entry.OccurredAt, entry.OrderId ?? throw new InvalidOperationException("A stock event is not an order event."),
            payload.Data.OrderNumber, payload.Data.Status, entry.Payload, FeedCursor.Encode(entry.Position));
    }
}
