using System.Linq.Expressions;
using Headless.Domain.Catalog;
using Headless.Domain.Inventory;
using Microsoft.EntityFrameworkCore;

namespace Headless.Infrastructure.Catalog;

/// <summary>
/// Turns a <see cref="ProductFilter"/> into one predicate that EF Core translates to SQL. Values are closure members,
/// which EF sends as parameters, and every list is one array parameter (<c>EF.Parameter</c>: <c>json_each</c> on
/// SQLite, <c>= ANY</c> on PostgreSQL) rather than one parameter per item, so filters of the same shape share one
/// compiled query and one SQL text whatever their values and list lengths; terms are combined as balanced trees,
/// so a wide filter stays shallow.
/// </summary>
internal static class ProductFilterExpression
{
    /// <summary>The predicate for <paramref name="filter"/>, refused before anything is built when it exceeds <paramref name="limits"/>.</summary>
    public static Expression<Func<Product, bool>> Build(ProductFilter filter, IQueryable<StockLevel> stock, CatalogFilterOptions limits)
    {
        if (ProductFilterSize.Of(filter).Exceeds(limits) is { } refusal)
        {
            throw new CatalogInputException(CatalogInputErrorCodes.FilterTooComplex, refusal);
        }

        // Recursion follows the nesting only, which the check above bounds by MaxDepth (itself capped).
        return Predicate(filter, stock);
    }

    private static Expression<Func<Product, bool>> Predicate(ProductFilter filter, IQueryable<StockLevel> stock)
    {
        var conditions = new List<Expression<Func<Product, bool>>>();

        if (filter.CategoryIds is { } categoryIds)
        {
            conditions.Add(InCategories(categoryIds));
        }

        if (PriceIn(filter) is { } price)
        {
            conditions.Add(HasVariant(price));
        }

        if (filter.InStockOnly)
        {
            // Each location holds 0 <= allocated <= on hand, so "some units available" is "some location has units".
            conditions.Add(p => p.Kind != ProductKind.Physical
                || p.Variants.Any(v => stock.Any(s => s.VariantId == v.Id && s.OnHand - s.Allocated > 0)));
        }

        if (filter.Options.Count > 0)
        {
            conditions.Add(HasVariantWithOptions(filter.Options));
        }

        if (filter.Kinds is { } kinds)
        {
            conditions.Add(OfKinds(kinds));
        }

        conditions.AddRange(filter.And.Select(f => Predicate(f, stock)));
        if (filter.Or.Count > 0)
        {
            conditions.Add(AnyOf(filter.Or, stock));
        }

        return ExpressionComposer.AndAlso(conditions);
    }

    /// <summary>
    /// Alternatives that name only categories, or only kinds, become one list each: an <c>or</c> of forty categories
    /// is one <c>IN</c> over one parameterised collection, and the same query as an <c>or</c> of two. Price-only
    /// alternatives share one variant subquery.
    /// </summary>
    private static Expression<Func<Product, bool>> AnyOf(IReadOnlyList<ProductFilter> alternatives, IQueryable<StockLevel> stock)
    {
        HashSet<Guid>? categories = null;
        HashSet<ProductKind>? kinds = null;
        var prices = new List<Expression<Func<ProductVariant, bool>>>();
        var others = new List<Expression<Func<Product, bool>>>();
        foreach (var alternative in alternatives)
        {
            var plain = HasOnlyOneKindOfCondition(alternative);
            if (plain && alternative.CategoryIds is { } ids)
            {
                (categories ??= []).UnionWith(ids);
            }
            else if (plain && alternative.Kinds is { } kindList)
            {
                (kinds ??= []).UnionWith(kindList);
            }
            else if (plain && PriceIn(alternative) is { } price)
            {
                prices.Add(price);
            }
            else
            {
                others.Add(Predicate(alternative, stock));
            }
        }

        var branches = new List<Expression<Func<Product, bool>>>();
        if (categories is not null)
        {
            branches.Add(InCategories(categories));
        }

        if (kinds is not null)
        {
            branches.Add(OfKinds(kinds));
        }

        if (prices.Count > 0)
        {
            // Some variant in one of the ranges: one subquery instead of one per range (PostgreSQL plans each separately).
            branches.Add(HasVariant(ExpressionComposer.OrElse(prices)));
        }

        branches.AddRange(others);
        return ExpressionComposer.OrElse(branches);
    }

    private static Expression<Func<ProductVariant, bool>>? PriceIn(ProductFilter filter) => (filter.MinPrice, filter.MaxPrice) switch
    {
        ({ } min, { } max) => v => v.Price.Amount >= min && v.Price.Amount <= max,
        ({ } lowest, null) => v => v.Price.Amount >= lowest,
        (null, { } highest) => v => v.Price.Amount <= highest,
        _ => null,
    };

    private static Expression<Func<Product, bool>> HasVariant(Expression<Func<ProductVariant, bool>> condition)
    {
        var p = Expression.Parameter(typeof(Product), "p");
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(ProductVariant)],
            Expression.Property(p, nameof(Product.Variants)), condition);
        return Expression.Lambda<Func<Product, bool>>(any, p);
    }

    /// <summary>Only a category, only kinds or only a price range: alternatives that merge with their likes.</summary>
    private static bool HasOnlyOneKindOfCondition(ProductFilter filter) =>
        filter is { InStockOnly: false, Options.Count: 0, And.Count: 0, Or.Count: 0 }
        && (filter.CategoryIds is null ? 0 : 1) + (filter.Kinds is null ? 0 : 1) + (filter.MinPrice is null && filter.MaxPrice is null ? 0 : 1) == 1;

    private static Expression<Func<Product, bool>> InCategories(IEnumerable<Guid> categoryIds)
    {
        var ids = categoryIds.Distinct().ToArray();
        return p => EF.Parameter(ids).Contains(p.CategoryId);
    }

    private static Expression<Func<Product, bool>> OfKinds(IEnumerable<ProductKind> kinds)
    {
        var list = kinds.Distinct().ToArray();
        return p => EF.Parameter(list).Contains(p.Kind);
    }

    /// <summary>One variant must satisfy every option condition (a black phone with 256 GB, not a black one and another with 256 GB).</summary>
    private static Expression<Func<Product, bool>> HasVariantWithOptions(IReadOnlyList<OptionCondition> options)
    {
        var perOption = options.Select(option =>
        {
            var name = option.Name.Trim().ToLowerInvariant();
            var values = option.Values.Distinct().ToArray();
            Expression<Func<ProductVariant, bool>> condition = v => v.Options.Any(o => o.Name.ToLower() == name && EF.Parameter(values).Contains(o.Value));
            return condition;
        });
        return HasVariant(ExpressionComposer.AndAlso(perOption));
    }
}
