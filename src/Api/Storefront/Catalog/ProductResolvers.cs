using Headless.Api.Storefront.Catalog.DataLoaders;
using Headless.Domain.Catalog;
using Headless.GraphQL.DataLoader;
using Headless.GraphQL.Types;
using Headless.Infrastructure.Catalog;

namespace Headless.Api.Storefront.Catalog;

/// <summary>The <c>Product</c> fields that are not plain columns: every hop goes through a DataLoader.</summary>
internal static class ProductResolvers
{
    public static SchemaBuilder AddProductFields(this SchemaBuilder schema) => schema
        .BindEnum<ProductKind>("ProductKind")
        .BindEnum<ServiceRecipient>("ServiceFieldType")
        .AddResolver("Product", "serviceFields", context => ServiceField.For(Product(context.Source).RecipientField, Product(context.Source).RecipientCountry))
        .AddResolver("Product", "id", context => GlobalId.Encode("Product", Product(context.Source).Id))
        .AddResolver("Product", "category", async context =>
            await context.DataLoader<CategoryByIdLoader>().LoadAsync(Product(context.Source).CategoryId))
        .AddResolver("Product", "variants", async context =>
            await context.DataLoader<VariantsByProductLoader>().LoadAsync(Product(context.Source).Id))
        .AddResolver("Product", "images", async context =>
            await context.DataLoader<ImagesByProductLoader>().LoadAsync(Product(context.Source).Id))
        .AddResolver("Product", "attributes", async context =>
            await context.DataLoader<AttributesByProductLoader>().LoadAsync(Product(context.Source).Id))
        .AddResolver("Product", "options", async context =>
        {
            var variants = await context.DataLoader<VariantsByProductLoader>().LoadAsync(Product(context.Source).Id);
            return (object?)Options(variants);
        })
        .AddResolver("Product", "priceRange", async context =>
        {
            var variants = await context.DataLoader<VariantsByProductLoader>().LoadAsync(Product(context.Source).Id);
            return variants.Length == 0
                ? null
                : (object?)new PriceRange(variants.MinBy(v => v.Price.Amount)!.Price, variants.MaxBy(v => v.Price.Amount)!.Price);
        })
        .AddResolver("Product", "availability", async context =>
            (object?)Availability.Sum(await context.DataLoader<VariantsByProductLoader>().LoadAsync(Product(context.Source).Id)));

    private static ProductRecord Product(object? source) => (ProductRecord)source!;

    /// <summary>Option axes in the order the variants first use them, each with its values in order of first use.</summary>
    private static List<ProductOption> Options(IEnumerable<VariantRecord> variants)
    {
        var axes = new List<(string Name, List<string> Values)>();
        foreach (var option in variants.SelectMany(v => v.Options))
        {
            var axis = axes.FirstOrDefault(a => string.Equals(a.Name, option.Name, StringComparison.OrdinalIgnoreCase));
            if (axis.Name is null)
            {
                axis = (option.Name, []);
                axes.Add(axis);
            }

            if (!axis.Values.Contains(option.Value))
            {
                axis.Values.Add(option.Value);
            }
        }

        return [.. axes.Select(a => new ProductOption(a.Name, a.Values))];
    }
}
