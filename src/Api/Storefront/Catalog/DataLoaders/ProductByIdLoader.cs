using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class ProductByIdLoader(CatalogReader reader) : BatchDataLoader<Guid, ProductRecord>
{
    protected override Task<IReadOnlyDictionary<Guid, ProductRecord>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.GetProductsByIdsAsync(keys, cancellationToken);
}
