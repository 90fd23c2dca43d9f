namespace Headless.Infrastructure.Fulfillment.DigitalCodes;

/// <summary>Settings under <c>DigitalCodes</c>.</summary>
public sealed class DigitalCodeOptions
{
    public const string SectionName = "DigitalCodes";

    /// <summary>
    /// Codes to load into each SKU's pool (<c>DigitalCodes:Pools:&lt;SKU&gt;:0</c>, <c>…:1</c>, …), added once each
    /// (a code already in the pool is skipped). A SKU with a pool issues only pool codes and parks its orders when
    /// the pool is empty; a digital SKU with no pool gets codes generated.
    /// </summary>
    public Dictionary<string, List<string>> Pools { get; set; } = new(StringComparer.Ordinal);
}
