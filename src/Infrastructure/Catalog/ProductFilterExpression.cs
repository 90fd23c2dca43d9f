using System.Linq.Expressions;
using Headless.Domain.Catalog;
using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Catalog;

/// <summary>Turns a <see cref="ProductFilter"/> into one predicate that EF Core translates to SQL.</summary>
internal static class ProductFilterExpression
{
    public const int MaxDepth = 8;

    public static Expression<Func<Product, bool>> Build(ProductFilter filter, IQueryable<StockLevel> stock, int depth = 0)
    {
        if (depth > MaxDepth)
        {
            throw new CatalogInputException(CatalogInputErrorCodes.InvalidArgument, $"A filter may nest 'and'/'or' at most {MaxDepth} deep.");
        }

        var conditions = new List<Expression<Func<Product, bool>>>();

        if (filter.CategoryIds is { } categoryIds)
        {
            var ids = categoryIds.Distinct().ToList();
            conditions.Add(p => ids.Contains(p.CategoryId));
        }

        if (filter.MinPrice is { } min && filter.MaxPrice is { } max)
        {
            conditions.Add(p => p.Variants.Any(v => v.Price.Amount >= min && v.Price.Amount <= max));
        }
        else if (filter.MinPrice is { } lowest)
        {
            conditions.Add(p => p.Variants.Any(v => v.Price.Amount >= lowest));
        }
        else if (filter.MaxPrice is { } highest)
        {
            conditions.Add(p => p.Variants.Any(v => v.Price.Amount <= highest));
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
            conditions.Add(ExpressionComposer.OrElse(kinds.Distinct().Select(KindIs)));
        }

        conditions.AddRange(filter.And.Select(f => Build(f, stock, depth + 1)));
        if (filter.Or.Count > 0)
        {
            conditions.Add(ExpressionComposer.OrElse(filter.Or.Select(f => Build(f, stock, depth + 1))));
        }

        return ExpressionComposer.AndAlso(conditions);
    }

    private static Expression<Func<Product, bool>> KindIs(ProductKind kind) => p => p.Kind == kind;

    /// <summary>One variant must satisfy every option condition (a black phone with 256 GB, not a black one and another with 256 GB).</summary>
    private static Expression<Func<Product, bool>> HasVariantWithOptions(IReadOnlyList<OptionCondition> options)
    {
        var perOption = options.Select(option =>
        {
            var name = option.Name.Trim().ToLowerInvariant();
            var values = option.Values.Distinct().ToList();
            Expression<Func<ProductVariant, bool>> condition = v => v.Options.Any(o => o.Name.ToLower() == name && values.Contains(o.Value));
            return condition;
        });
        var variantMatches = ExpressionComposer.AndAlso(perOption);

        var p = Expression.Parameter(typeof(Product), "p");
        var any = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Any), [typeof(ProductVariant)],
            Expression.Property(p, nameof(Product.Variants)), variantMatches);
        return Expression.Lambda<Func<Product, bool>>(any, p);
    }
}
