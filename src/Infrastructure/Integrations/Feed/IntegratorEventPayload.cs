using System.Text.Json;
using System.Text.Json.Serialization;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// The versioned envelope every integrator receives, by webhook and by the pull feed alike:
/// <c>{"version":1,"type":"order.paid","id":"evt_…","sequence":42,"occurredAt":"…","data":{…}}</c>.
/// <see cref="Id"/> is stable for the event (webhook retries and replays reuse it, so receivers can drop
/// duplicates). Version 1 adds fields without a bump; removing or changing one would be version 2.
/// </summary>
public sealed record IntegratorEventPayload(
    int Version,
    string Type,
    string Id,
    long Sequence,
    DateTimeOffset OccurredAt,
    IntegratorOrderData Data)
{
    public const int CurrentVersion = 1;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The integrator id of an order event: <c>evt_</c> and the event's id without dashes.</summary>
    public static string IdFor(Guid eventId) => $"evt_{eventId:N}";

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static IntegratorEventPayload Parse(string json) =>
        JsonSerializer.Deserialize<IntegratorEventPayload>(json, Json) ?? throw new JsonException("An empty integrator event.");
}
