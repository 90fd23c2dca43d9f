namespace Headless.Domain.Inventory;

/// <summary>Stable codes for broken stock rules; the API exposes them as user error codes.</summary>
public static class InventoryErrorCodes
{
    public const string InvalidLocationCode = "inventory.invalid_location_code";
    public const string InvalidLocationName = "inventory.invalid_location_name";
    public const string VariantRequired = "inventory.variant_required";
    public const string LocationRequired = "inventory.location_required";
    public const string InvalidQuantity = "inventory.invalid_quantity";
    public const string InsufficientStock = "inventory.insufficient_stock";
    public const string ReleaseExceedsAllocated = "inventory.release_exceeds_allocated";
    public const string ShipExceedsAllocated = "inventory.ship_exceeds_allocated";
    public const string AdjustBelowAllocated = "inventory.adjust_below_allocated";
    public const string ReasonRequired = "inventory.reason_required";
    public const string InvalidNote = "inventory.invalid_note";
    public const string InvalidReference = "inventory.invalid_reference";
    public const string InvalidIdempotencyKey = "inventory.invalid_idempotency_key";
    public const string InvalidThreshold = "inventory.invalid_threshold";
}
