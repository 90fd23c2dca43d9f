using Headless.Api.Storefront.Catalog.DataLoaders;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Storefront.Catalog;

/// <summary>The catalog's <c>Query</c> fields and the <c>Node</c> interface.</summary>
internal static class CatalogQueryResolvers
{
    public const int MaxNodes = 100;

    /// <summary>Types with global IDs that are deliberately not <c>Node</c>s.</summary>
    private static class NotNodes
    {
        public const string Order = "Order";
        public const string CartLine = "CartLine";
    }

    public static SchemaBuilder AddCatalogQueries(this SchemaBuilder schema) => schema
        .AddResolver("Query", "node", async (string id, IResolveFieldContext context) => await NodeAsync(context, id))
        .AddResolver("Query", "nodes", async (string[] ids, IResolveFieldContext context) =>
        {
            if (ids.Length > MaxNodes)
            {
                throw Arguments.InvalidArgument($"'ids' may hold at most {MaxNodes} IDs, had {ids.Length}.");
            }

            return (object?)await Task.WhenAll(ids.Select(id => NodeAsync(context, id)));
        })
        .AddResolver("Query", "products", ProductsAsync)
        .AddResolver("Query", "product", async (string? id, string? slug, IResolveFieldContext context) =>
        {
            ExactlyOne(id, slug, "id", "slug");
            return id is not null
                ? await context.DataLoader<ProductByIdLoader>().LoadAsync(GlobalId.Decode(id, "Product"))
                : await context.DataLoader<ProductBySlugLoader>().LoadAsync(slug!);
        })
        .AddResolver("Query", "variant", async (string? id, string? sku, IResolveFieldContext context) =>
        {
            ExactlyOne(id, sku, "id", "sku");
            return id is not null
                ? await context.DataLoader<VariantByIdLoader>().LoadAsync(GlobalId.Decode(id, "ProductVariant"))
                : await context.DataLoader<VariantBySkuLoader>().LoadAsync(sku!);
        })
        .AddResolver("Query", "categories", async context => (object?)(await Reader(context).GetCategoryTreeAsync(context.CancellationToken)).Roots)
        .AddResolver("Query", "category", async (string slug, IResolveFieldContext context) =>
            (await Reader(context).GetCategoryTreeAsync(context.CancellationToken)).BySlug(slug))
        .AddTypeResolver("Node", (value, schema) => schema.GetType(value switch
        {
            ProductRecord => "Product",
            VariantRecord => "ProductVariant",
            CategoryRecord => "Category",
            _ => "",
        }) as ObjectType);

    public static CatalogReader Reader(IResolveFieldContext context) => context.RequestServices.GetRequiredService<CatalogReader>();

    /// <summary>The reader's bad-input exceptions as field errors with the same code.</summary>
    public static async Task<T> Guarded<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (CatalogInputException ex)
        {
            throw new GraphQLException(ex.Message, ex.Code, ex);
        }
    }

    private static async Task<object?> ProductsAsync(
        int? first, string? after, int? last, string? before, Inputs.ProductFilter? where, IReadOnlyList<Inputs.ProductOrder>? order, string? search,
        IResolveFieldContext context)
    {
        var reader = Reader(context);
        // Filters too large were refused before execution (ProductFilterLimitRule); the reader counts again before building SQL.
        var filter = where is not null
            ? await ProductFilterInput.ToFilterAsync(where, () => reader.GetCategoryTreeAsync(context.CancellationToken))
            : null;

        var request = new ProductPageRequest
        {
            First = first,
            After = after,
            Last = last,
            Before = before,
            Filter = filter,
            Order = order is null ? [] : ProductFilterInput.ToOrder(order),
            Search = search,
        };

        var page = await Guarded(() => reader.GetProductsAsync(request, context.CancellationToken));
        return new ProductConnection(page, filter, search);
    }

    private static async Task<object?> NodeAsync(IResolveFieldContext context, string id) =>
        GlobalId.TryDecode(id) switch
        {
            ("Product", var guid) => await context.DataLoader<ProductByIdLoader>().LoadAsync(guid),
            ("ProductVariant", var guid) => await context.DataLoader<VariantByIdLoader>().LoadAsync(guid),
            ("Category", var guid) => await context.DataLoader<CategoryByIdLoader>().LoadAsync(guid),
            // Our IDs, but not nodes: an order opens only with its token (Query.order), a cart line only
            // through its cart. null whether or not one exists, so node() cannot probe for them.
            (NotNodes.Order or NotNodes.CartLine, _) => null,
            _ => throw GlobalId.Invalid(id, "a global ID"),
        };

    private static void ExactlyOne(string? a, string? b, string first, string second)
    {
        if ((a is null) == (b is null))
        {
            throw Arguments.InvalidArgument($"Give exactly one of '{first}' or '{second}'.");
        }
    }
}
