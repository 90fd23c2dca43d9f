using Headless.GraphQL.DataLoader;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog.DataLoaders;

/// <summary>Each product's variants with options, prices and stock (stock is summed in the same statement).</summary>
public sealed class VariantsByProductLoader(CatalogReader reader) : GroupedDataLoader<Guid, VariantRecord>
{
    protected override Task<ILookup<Guid, VariantRecord>> LoadGroupedBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken) =>
        reader.GetVariantsByProductIdsAsync(keys, cancellationToken);
}
