using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

public sealed class VariantBySkuLoader(CatalogReader reader) : BatchDataLoader<string, VariantRecord>(StringComparer.Ordinal)
{
    protected override Task<IReadOnlyDictionary<string, VariantRecord>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        reader.GetVariantsBySkusAsync(keys, cancellationToken);
}
