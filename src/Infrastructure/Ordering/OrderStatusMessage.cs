using System.Text.Json;
using System.Text.Json.Serialization;
using Headless.Domain.Ordering;

namespace Headless.Infrastructure.Ordering;

/// <summary>
/// What subscribers of <see cref="OrderTopics.ForOrder"/> receive for each <see cref="OrderEvent"/>. The
/// sequence makes redelivery harmless: a subscriber ignores sequences it has already seen.
/// </summary>
public sealed record OrderStatusMessage(
    Guid OrderId,
    string OrderNumber,
    int Sequence,
    OrderState State,
    OrderState? FromState,
    OrderTransition? Transition,
    string Actor,
    DateTimeOffset OccurredAt,
    string? Note)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static OrderStatusMessage From(Guid orderId, string orderNumber, OrderEvent e) =>
        new(orderId, orderNumber, e.Sequence, e.ToState, e.FromState, e.Transition, e.Actor, e.OccurredAt, e.Note);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static OrderStatusMessage Parse(string json) =>
        JsonSerializer.Deserialize<OrderStatusMessage>(json, Json) ?? throw new JsonException("Empty order status message.");
}
