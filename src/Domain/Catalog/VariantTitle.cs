namespace Headless.Domain.Catalog;

/// <summary>
/// A variant's label from its option values, e.g. "Midnight Black / 256 GB", in the product's option order:
/// by option name, the order <see cref="ProductVariant.Options"/> and the product's option list use. The
/// catalog and the checkout both build it here, so a cart line and the order line it becomes read alike.
/// </summary>
public static class VariantTitle
{
    public const string Separator = " / ";

    /// <summary>The label, or null for a variant without options.</summary>
    public static string? Compose(IEnumerable<(string Name, string Value)> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var values = options.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).Select(o => o.Value).ToList();
        return values.Count == 0 ? null : string.Join(Separator, values);
    }
}
