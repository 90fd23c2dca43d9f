using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class VariantByIdLoader(CatalogReader reader) : BatchDataLoader<Guid, VariantRecord>
{
    protected override Task<IReadOnlyDictionary<Guid, VariantRecord>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.GetVariantsByIdsAsync(keys, cancellationToken);
}
