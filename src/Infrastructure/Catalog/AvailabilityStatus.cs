namespace Headless.Infrastructure.Catalog;

/// <summary>Stock as a storefront shows it.</summary>
public enum AvailabilityStatus
{
    InStock,
    LowStock,
    OutOfStock,
}
