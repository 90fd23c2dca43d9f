using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class ProductBySlugLoader(CatalogReader reader) : BatchDataLoader<string, ProductRecord>(StringComparer.Ordinal)
{
    protected override Task<IReadOnlyDictionary<string, ProductRecord>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        reader.GetProductsBySlugsAsync(keys, cancellationToken);
}
