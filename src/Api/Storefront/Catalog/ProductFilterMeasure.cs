using System.Collections;
using Headless.GraphQL.Language;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>
/// The <see cref="ProductFilterSize"/> of a <c>ProductFilter</c> value in any form it takes on the way in: a literal
/// in the document (with variables inside), raw JSON variables, or the coerced value. An explicit work stack instead
/// of recursion, so a 100,000-entry <c>or</c> or a deep nesting costs one linear pass and no stack.
/// </summary>
internal static class ProductFilterMeasure
{
    /// <summary>The coerced (or raw) value's size.</summary>
    public static ProductFilterSize Of(object? filter) => Of(filter, static _ => null);

    /// <param name="variable">The raw value of a variable met inside a literal (null when not given).</param>
    public static ProductFilterSize Of(object? filter, Func<string, object?> variable)
    {
        long conditions = 0;
        var depth = 0;
        var pending = new Stack<(object Filter, int Depth)>();
        if (Resolve(filter, variable) is { } root)
        {
            pending.Push((root, 1));
        }

        while (pending.TryPop(out var next))
        {
            depth = Math.Max(depth, next.Depth);
            foreach (var (name, raw) in Fields(next.Filter))
            {
                if (Resolve(raw, variable) is not { } value)
                {
                    continue;
                }

                switch (name)
                {
                    case "and" or "or":
                        foreach (var item in Items(value))
                        {
                            if (Resolve(item, variable) is { } nested)
                            {
                                conditions++;
                                pending.Push((nested, next.Depth + 1));
                            }
                        }

                        break;
                    case "kinds":
                        conditions += Math.Max(1, Items(value).Count());
                        break;
                    case "options":
                        foreach (var option in Items(value))
                        {
                            var values = Resolve(Field(Resolve(option, variable), "values"), variable);
                            conditions += Math.Max(1, values is null ? 0 : Items(values).Count());
                        }

                        break;
                    case "inStock":
                        conditions += value is true or BooleanValueNode { Value: true } ? 1 : 0;
                        break;
                    default:
                        conditions++;
                        break;
                }
            }
        }

        return new ProductFilterSize(conditions, depth);
    }

    private static object? Resolve(object? value, Func<string, object?> variable) => value switch
    {
        VariableNode v => variable(v.Name.Value),
        NullValueNode => null,
        _ => value,
    };

    private static IEnumerable<(string Name, object? Value)> Fields(object? value) => value switch
    {
        ObjectValueNode literal => literal.Fields.Select(f => (f.Name.Value, (object?)f.Value)),
        IReadOnlyDictionary<string, object?> map => map.Select(p => (p.Key, p.Value)),
        IDictionary<string, object?> map => map.Select(p => (p.Key, p.Value)),
        _ => [],
    };

    private static object? Field(object? value, string name)
    {
        foreach (var (key, item) in Fields(value))
        {
            if (key == name)
            {
                return item;
            }
        }

        return null;
    }

    /// <summary>A list's items; a single value where a list is expected is a list of one (input coercion does the same).</summary>
    private static IEnumerable<object?> Items(object value) => value switch
    {
        ListValueNode literal => literal.Values,
        string => [value],
        IReadOnlyDictionary<string, object?> or IDictionary<string, object?> => [value],
        IEnumerable items => items.Cast<object?>(),
        _ => [value],
    };
}
