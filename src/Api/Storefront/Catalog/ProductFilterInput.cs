using Headless.Domain.Catalog;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>Turns the bound <c>ProductFilter</c> and <c>[ProductOrder!]</c> inputs into the reader's filter and order.</summary>
internal static class ProductFilterInput
{
    public static async Task<ProductFilter> ToFilterAsync(Inputs.ProductFilter input, Func<Task<CategoryTree>> tree)
    {
        IReadOnlyCollection<Guid>? categoryIds = null;
        if (input.Category is { } category)
        {
            var slug = category.Slug;
            var id = category.Id;
            if ((slug is null) == (id is null))
            {
                throw Arguments.InvalidArgument("CategoryFilter takes exactly one of 'slug' or 'id'.");
            }

            var categories = await tree();
            var found = slug is not null ? categories.BySlug(slug) : categories.ById(GlobalId.Decode(id!, "Category"));

            // An unknown category is not an error: it simply holds no products.
            categoryIds = found is null ? [] : categories.SelfAndDescendantIds(found.Id);
        }

        var price = input.Price;
        var and = new List<ProductFilter>();
        foreach (var nested in input.And ?? [])
        {
            and.Add(await ToFilterAsync(nested, tree));
        }

        var or = new List<ProductFilter>();
        foreach (var nested in input.Or ?? [])
        {
            or.Add(await ToFilterAsync(nested, tree));
        }

        return new ProductFilter
        {
            CategoryIds = categoryIds,
            MinPrice = price?.Min,
            MaxPrice = price?.Max,
            InStockOnly = input.InStock == true,
            Options = [.. (input.Options ?? []).Select(o => new OptionCondition(o.Name, o.Values))],
            Kinds = input.Kinds,
            And = and,
            Or = or,
        };
    }

    public static IReadOnlyList<ProductOrder> ToOrder(IReadOnlyList<Inputs.ProductOrder> input) =>
        [.. input.Select(o => new ProductOrder(o.Field, Descending: o.Direction == SortDirection.Desc))];
}
