using Headless.Api.Storefront.Catalog.DataLoaders;
using Headless.Domain.Catalog;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>The <c>ProductVariant</c> and <c>Availability</c> fields.</summary>
internal static class VariantResolvers
{
    public static SchemaBuilder AddVariantFields(this SchemaBuilder schema) => schema
        .BindEnum<AvailabilityStatus>("AvailabilityStatus")
        .AddResolver("ProductVariant", "id", context => GlobalId.Encode("ProductVariant", Variant(context.Source).Id))
        .AddResolver("ProductVariant", "title", async context =>
        {
            var variant = Variant(context.Source);
            if (VariantTitle.Compose(variant.Options.Select(o => (o.Name, o.Value))) is { } title)
            {
                return title;
            }

            var product = await context.DataLoader<ProductByIdLoader>().LoadAsync(variant.ProductId);
            return (object?)(product?.Name ?? variant.Sku);
        })
        .AddResolver("ProductVariant", "product", async context =>
            await context.DataLoader<ProductByIdLoader>().LoadAsync(Variant(context.Source).ProductId))
        .AddResolver("ProductVariant", "selectedOptions", context => Variant(context.Source).Options)
        .AddResolver("ProductVariant", "requiresShipping", context => Variant(context.Source).ProductKind == ProductKind.Physical);

    private static VariantRecord Variant(object? source) => (VariantRecord)source!;
}
