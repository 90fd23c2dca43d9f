using Headless.Domain.Catalog;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>Turns the coerced <c>ProductFilter</c> and <c>[ProductOrder!]</c> inputs into the reader's filter and order.</summary>
internal static class ProductFilterInput
{
    public static async Task<ProductFilter> ToFilterAsync(IReadOnlyDictionary<string, object?> input, Func<Task<CategoryTree>> tree)
    {
        IReadOnlyCollection<Guid>? categoryIds = null;
        if (input.Object("category") is { } category)
        {
            var slug = category.Get<string>("slug");
            var id = category.Get<string>("id");
            if ((slug is null) == (id is null))
            {
                throw Arguments.InvalidArgument("CategoryFilter takes exactly one of 'slug' or 'id'.");
            }

            var categories = await tree();
            var found = slug is not null ? categories.BySlug(slug) : categories.ById(GlobalId.Decode(id!, "Category"));

            // An unknown category is not an error: it simply holds no products.
            categoryIds = found is null ? [] : categories.SelfAndDescendantIds(found.Id);
        }

        var price = input.Object("price");
        var and = new List<ProductFilter>();
        foreach (var nested in input.List("and").OfType<IReadOnlyDictionary<string, object?>>())
        {
            and.Add(await ToFilterAsync(nested, tree));
        }

        var or = new List<ProductFilter>();
        foreach (var nested in input.List("or").OfType<IReadOnlyDictionary<string, object?>>())
        {
            or.Add(await ToFilterAsync(nested, tree));
        }

        return new ProductFilter
        {
            CategoryIds = categoryIds,
            MinPrice = price?.Get<decimal?>("min"),
            MaxPrice = price?.Get<decimal?>("max"),
            InStockOnly = input.Get<bool?>("inStock") == true,
            Options =
            [
                .. input.List("options").OfType<IReadOnlyDictionary<string, object?>>().Select(o => new OptionCondition(
                    o.Get<string>("name")!,
                    [.. o.List("values").OfType<string>()])),
            ],
            Kinds = input.ContainsKey("kinds") && input["kinds"] is not null
                ? [.. input.List("kinds").Select(k => ClrInputConverterOf<ProductKind>(k))]
                : null,
            And = and,
            Or = or,
        };
    }

    public static IReadOnlyList<ProductOrder> ToOrder(IReadOnlyList<object?> input) =>
    [
        .. input.OfType<IReadOnlyDictionary<string, object?>>().Select(o => new ProductOrder(
            o.Get<ProductSortField>("field"),
            Descending: o.Get<SortDirection?>("direction") == SortDirection.Desc)),
    ];

    private static T ClrInputConverterOf<T>(object? value) => GraphQL.Execution.ClrInputConverter.Convert<T>(value)!;
}
