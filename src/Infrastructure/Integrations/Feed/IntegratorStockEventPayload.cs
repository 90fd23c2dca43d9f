using System.Text.Json;

namespace Headless.Infrastructure.Integrations.Feed;

/// <summary>
/// The envelope of a stock event: the same fields as <see cref="IntegratorEventPayload"/> (version, type, id,
/// sequence, occurredAt), with <see cref="IntegratorStockData"/> as its data.
/// </summary>
public sealed record IntegratorStockEventPayload(
    int Version,
    string Type,
    string Id,
    long Sequence,
    DateTimeOffset OccurredAt,
    IntegratorStockData Data)
{
    public string ToJson() => JsonSerializer.Serialize(this, IntegratorEventPayload.Json);

    public static IntegratorStockEventPayload Parse(string json) =>
        JsonSerializer.Deserialize<IntegratorStockEventPayload>(json, IntegratorEventPayload.Json) ?? throw new JsonException("An empty integrator event.");
}
