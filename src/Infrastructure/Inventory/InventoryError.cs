namespace Headless.Infrastructure.Inventory;

/// <summary>A refused inventory operation: a stable code (the admin API's <c>AdminError.code</c>), a message, the input field.</summary>
public sealed record InventoryError(string Code, string Message, string? Field = null)
{
    public const string NotFound = "NOT_FOUND";
    public const string InsufficientStock = "INSUFFICIENT_STOCK";
    public const string InvalidQuantity = "INVALID_QUANTITY";
    public const string SameLocation = "SAME_LOCATION";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string DuplicateCode = "DUPLICATE_CODE";
    public const string InvalidInput = "INVALID_INPUT";
}
