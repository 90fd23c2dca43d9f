using Headless.GraphQL.Types;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>The <c>Category</c> fields, walked in the request's category tree (loaded once per request).</summary>
internal static class CategoryResolvers
{
    public static SchemaBuilder AddCategoryFields(this SchemaBuilder schema) => schema
        .AddResolver("Category", "id", context => GlobalId.Encode("Category", Category(context.Source).Id))
        .AddResolver("Category", "parent", async context =>
            Category(context.Source).ParentId is { } parentId ? (await TreeAsync(context)).ById(parentId) : null)
        .AddResolver("Category", "children", async context => (object?)(await TreeAsync(context)).Children(Category(context.Source).Id))
        .AddResolver("Category", "ancestors", async context => (object?)(await TreeAsync(context)).Ancestors(Category(context.Source).Id))
        .AddResolver("Category", "productCount", async context => (object?)(await TreeAsync(context)).ProductCount(Category(context.Source).Id));

    private static CategoryRecord Category(object? source) => (CategoryRecord)source!;

    private static Task<CategoryTree> TreeAsync(GraphQL.Execution.IResolveFieldContext context) =>
        CatalogQueryResolvers.Reader(context).GetCategoryTreeAsync(context.CancellationToken);
}
