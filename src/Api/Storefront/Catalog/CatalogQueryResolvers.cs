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
        .AddResolver("Query", "node", async context => await NodeAsync(context, context.Get<string>("id")!))
        .AddResolver("Query", "nodes", async context =>
        {
            var ids = context.Get<string[]>("ids") ?? [];
            if (ids.Length > MaxNodes)
            {
                throw Arguments.InvalidArgument($"'ids' may hold at most {MaxNodes} IDs, had {ids.Length}.");
            }

            return (object?)await Task.WhenAll(ids.Select(id => NodeAsync(context, id)));
        })
        .AddResolver("Query", "products", ProductsAsync)
        .AddResolver("Query", "product", async context =>
        {
            var (id, slug) = ExactlyOne(context, "id", "slug");
            return id is not null
                ? await context.DataLoader<ProductByIdLoader>().LoadAsync(GlobalId.Decode(id, "Product"))
                : await context.DataLoader<ProductBySlugLoader>().LoadAsync(slug!);
        })
        .AddResolver("Query", "variant", async context =>
        {
            var (id, sku) = ExactlyOne(context, "id", "sku");
            return id is not null
                ? await context.DataLoader<VariantByIdLoader>().LoadAsync(GlobalId.Decode(id, "ProductVariant"))
                : await context.DataLoader<VariantBySkuLoader>().LoadAsync(sku!);
        })
        .AddResolver("Query", "categories", async context => (object?)(await Reader(context).GetCategoryTreeAsync(context.CancellationToken)).Roots)
        .AddResolver("Query", "category", async context =>
            (await Reader(context).GetCategoryTreeAsync(context.CancellationToken)).BySlug(context.Get<string>("slug")!))
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

    private static async ValueTask<object?> ProductsAsync(IResolveFieldContext context)
    {
        var reader = Reader(context);
        ProductFilter? filter = null;
        if (context.Arguments.TryGetValue("where", out var where) && where is IReadOnlyDictionary<string, object?> input)
        {
            // Measured before it is turned into anything: the size bounds all the work that follows.
            var limits = context.RequestServices.GetRequiredService<CatalogFilterOptions>();
            if (ProductFilterMeasure.Of(input).Exceeds(limits) is { } refusal)
            {
                throw new GraphQLException(refusal, CatalogInputErrorCodes.FilterTooComplex);
            }

            filter = await ProductFilterInput.ToFilterAsync(input, () => reader.GetCategoryTreeAsync(context.CancellationToken));
        }

        var search = context.Get<string>("search");
        var order = context.Arguments.TryGetValue("order", out var orders) && orders is System.Collections.IEnumerable list
            ? ProductFilterInput.ToOrder([.. list.Cast<object?>()])
            : [];
        var request = new ProductPageRequest
        {
            First = context.Get<int?>("first"),
            After = context.Get<string>("after"),
            Last = context.Get<int?>("last"),
            Before = context.Get<string>("before"),
            Filter = filter,
            Order = order,
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

    private static (string? First, string? Second) ExactlyOne(IResolveFieldContext context, string first, string second)
    {
        var a = context.Get<string>(first);
        var b = context.Get<string>(second);
        return (a is null) == (b is null)
            ? throw Arguments.InvalidArgument($"Give exactly one of '{first}' or '{second}'.")
            : (a, b);
    }
}
