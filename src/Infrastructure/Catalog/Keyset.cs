using System.Linq.Expressions;
using Headless.Domain.Catalog;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Keyset ("seek") paging over a list of sort keys that ends with the unique id: ORDER BY the keys, and continue
/// after a row with <c>(k1 &gt; c1) OR (k1 = c1 AND k2 &gt; c2) OR …</c> instead of skipping rows with OFFSET.
/// </summary>
internal static class Keyset
{
    public static IOrderedQueryable<Product> OrderBy(IQueryable<Product> query, IReadOnlyList<SortKey> keys)
    {
        IOrderedQueryable<Product>? ordered = null;
        foreach (var key in keys)
        {
            var method = (ordered is null, key.Descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var call = Expression.Call(
                typeof(Queryable), method, [typeof(Product), key.ValueType], (ordered ?? query).Expression, Expression.Quote(key.Selector));
            ordered = (IOrderedQueryable<Product>)query.Provider.CreateQuery<Product>(call);
        }

        return ordered ?? throw new ArgumentException("A keyset needs at least one key.", nameof(keys));
    }

    /// <summary>Rows that come strictly after the row with <paramref name="values"/> in the order of <paramref name="keys"/>.</summary>
    public static Expression<Func<Product, bool>> After(IReadOnlyList<SortKey> keys, IReadOnlyList<object> values)
    {
        var p = Expression.Parameter(typeof(Product), "p");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression branch = Compare(keys[i], p, values[i], keys[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            for (var j = i - 1; j >= 0; j--)
            {
                branch = Expression.AndAlso(Compare(keys[j], p, values[j], ExpressionType.Equal), branch);
            }

            any = any is null ? branch : Expression.OrElse(any, branch);
        }

        return Expression.Lambda<Func<Product, bool>>(any!, p);
    }

    /// <summary>Rows that come strictly before the row with <paramref name="values"/>: after it in the reversed order.</summary>
    public static Expression<Func<Product, bool>> Before(IReadOnlyList<SortKey> keys, IReadOnlyList<object> values) =>
        After([.. keys.Select(k => k.Reversed())], values);

    private static Expression Compare(SortKey key, ParameterExpression p, object value, ExpressionType comparison)
    {
        var column = ExpressionComposer.Inline(key.Selector, p);
        var parameter = QueryParameter.Of(value, key.ValueType);

        if (comparison == ExpressionType.Equal)
        {
            return Expression.Equal(column, parameter);
        }

        // string and Guid have no comparison operators in C#; EF Core turns CompareTo(...) <op> 0 into "column <op> value".
        if (key.ValueType == typeof(string) || key.ValueType == typeof(Guid))
        {
            var compareTo = key.ValueType.GetMethod(nameof(string.CompareTo), [key.ValueType])!;
            return Expression.MakeBinary(comparison, Expression.Call(column, compareTo, parameter), Expression.Constant(0));
        }

        return Expression.MakeBinary(comparison, column, parameter);
    }
}
