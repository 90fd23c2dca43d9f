namespace Headless.Infrastructure.Catalog;

/// <summary>
/// How much work a filter is: <see cref="Conditions"/> counts a category, a price range, <c>inStock</c>, each kind,
/// each option value (an option without values counts one) and each nested filter of <c>and</c>/<c>or</c>;
/// <see cref="Depth"/> is 1 for a filter without nesting. Measured without recursion, so any input is safe to measure.
/// </summary>
public readonly record struct ProductFilterSize(long Conditions, int Depth)
{
    public static ProductFilterSize Of(ProductFilter filter)
    {
        long conditions = 0;
        var depth = 0;
        var pending = new Stack<(ProductFilter Filter, int Depth)>();
        pending.Push((filter, 1));
        while (pending.TryPop(out var next))
        {
            var (current, level) = next;
            depth = Math.Max(depth, level);
            conditions += (current.CategoryIds is null ? 0 : 1)
                + (current.MinPrice is null && current.MaxPrice is null ? 0 : 1)
                + (current.InStockOnly ? 1 : 0)
                + (current.Kinds is null ? 0 : Math.Max(1, current.Kinds.Count))
                + current.Options.Sum(o => (long)Math.Max(1, o.Values.Count))
                + current.And.Count
                + current.Or.Count;
            foreach (var nested in current.And.Concat(current.Or))
            {
                pending.Push((nested, level + 1));
            }
        }

        return new ProductFilterSize(conditions, depth);
    }

    /// <summary>Null when within <paramref name="limits"/>, else the message of the refusal.</summary>
    public string? Exceeds(CatalogFilterOptions limits) =>
        Depth > limits.MaxDepth
            ? $"The filter nests {Depth} levels deep; at most {limits.MaxDepth} are allowed (each 'and'/'or' opens a level)."
            : Conditions > limits.MaxConditions
                ? $"The filter holds {Conditions} conditions; at most {limits.MaxConditions} are allowed (each category, price range, inStock, kind, option value and nested filter counts one). Split it into several requests or use fewer alternatives."
                : null;
}
