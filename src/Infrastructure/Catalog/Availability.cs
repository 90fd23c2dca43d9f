namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Whether something can be ordered now. <see cref="Quantity"/> is null for goods that are not stocked,
/// which are always in stock.
/// </summary>
public sealed record Availability(AvailabilityStatus Status, int? Quantity)
{
    /// <summary>At or below this many units a storefront warns "only N left".</summary>
    public const int LowStockThreshold = 5;

    public static Availability Of(int? available) => available switch
    {
        null => new Availability(AvailabilityStatus.InStock, null),
        <= 0 => new Availability(AvailabilityStatus.OutOfStock, 0),
        <= LowStockThreshold => new Availability(AvailabilityStatus.LowStock, available),
        _ => new Availability(AvailabilityStatus.InStock, available),
    };

    /// <summary>A product's availability: its variants' units added up, or not stocked when none is.</summary>
    public static Availability Sum(IEnumerable<VariantRecord> variants)
    {
        int? total = null;
        foreach (var variant in variants)
        {
            if (variant.Available is { } units)
            {
                total = (total ?? 0) + Math.Max(units, 0);
            }
        }

        return Of(total);
    }
}
