using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class AttributesByProductLoader(CatalogReader reader) : GroupedDataLoader<Guid, AttributeRecord>
{
    protected override Task<ILookup<Guid, AttributeRecord>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.GetAttributesByProductIdsAsync(keys, cancellationToken);
}
