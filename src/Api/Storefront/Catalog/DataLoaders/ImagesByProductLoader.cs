using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class ImagesByProductLoader(CatalogReader reader) : GroupedDataLoader<Guid, ImageRecord>
{
    protected override Task<ILookup<Guid, ImageRecord>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.GetImagesByProductIdsAsync(keys, cancellationToken);
}
