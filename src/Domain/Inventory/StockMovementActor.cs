namespace Headless.Domain.Inventory;

/// <summary>Who caused a stock movement: a staff member, an API key, or the system itself (pipeline, seed data).</summary>
public sealed record StockMovementActor(string Kind, string? Id)
{
    public const string StaffKind = "staff";
    public const string ApiKeyKind = "api_key";
    public const string SystemKind = "system";

    public static StockMovementActor System { get; } = new(SystemKind, null);

    public static StockMovementActor Staff(Guid id) => new(StaffKind, id.ToString());

    public static StockMovementActor ApiKey(Guid id) => new(ApiKeyKind, id.ToString());
}
