using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

/// <summary>Categories by id, served from the request's category tree (one statement for any number of keys).</summary>
public sealed class CategoryByIdLoader(CatalogReader reader) : BatchDataLoader<Guid, CategoryRecord>
{
    protected override async Task<IReadOnlyDictionary<Guid, CategoryRecord>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var tree = await reader.GetCategoryTreeAsync(cancellationToken);
        return keys.Select(tree.ById).OfType<CategoryRecord>().ToDictionary(c => c.Id);
    }
}
