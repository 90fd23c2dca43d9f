using Headless.Domain.Catalog;
using Headless.Domain.Common;
using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>
/// Builds the demo catalog from <see cref="DemoCatalogData"/> through the domain's own constructors,
/// so the seed obeys every invariant. Deterministic: quantities, sale prices, dates and popularity
/// follow from each item's position, never from a random source (ids are fresh version 7 GUIDs).
/// </summary>
internal static class DemoCatalog
{
    public const string Currency = "EUR";

    private static readonly DateTimeOffset FirstListed = new(2025, 9, 1, 9, 0, 0, TimeSpan.Zero);
    public const string DemoServiceCountry = "DE";

    public static DemoCatalogContent Build()
    {
        var categories = BuildCategories();
        var categoryIds = categories.ToDictionary(c => c.Slug, c => c.Id);
        var locations = DemoCatalogData.StockLocations.Select(l => new StockLocation(l.Code, l.Name)).ToList();

        var products = new List<Product>();
        var stockLevels = new List<StockLevel>();
        var variantNumber = 0;
        foreach (var (spec, index) in DemoCatalogData.Products.Select((s, i) => (s, i)))
        {
            var product = BuildProduct(spec, index, categoryIds[spec.Category]);
            products.Add(product);
            if (!product.TracksInventory)
            {
                continue;
            }

            foreach (var variant in product.Variants)
            {
                stockLevels.AddRange(Stock(variant, locations, variantNumber++));
            }
        }

        return new DemoCatalogContent(categories, products, locations, stockLevels);
    }

    private static List<Category> BuildCategories()
    {
        var bySlug = new Dictionary<string, Category>();
        var positions = new Dictionary<string, int>();
        foreach (var (slug, name, parentSlug) in DemoCatalogData.Categories)
        {
            var siblingKey = parentSlug ?? string.Empty;
            var position = positions.GetValueOrDefault(siblingKey);
            positions[siblingKey] = position + 1;
            bySlug[slug] = new Category(slug, name, parentSlug is null ? null : bySlug[parentSlug], position);
        }

        return [.. bySlug.Values];
    }

    private static Product BuildProduct(DemoProductSpec spec, int index, Guid categoryId)
    {
        var createdAt = FirstListed.AddDays(index * 2).AddHours(index % 7);
        var product = new Product(spec.Slug, spec.Name, Describe(spec), spec.Kind, categoryId, createdAt);
        product.UpdatePopularity(index * 7919 % 1000);
        if (spec.Kind == ProductKind.Service)
        {
            // The demo networks are German operators: a top-up or data package is for a +49 mobile number.
            product.RequireRecipient(ServiceRecipient.PhoneNumber, DemoServiceCountry);
        }

        var text = Uri.EscapeDataString(spec.Name);
        product.AddImage($"https://placehold.co/800x800/png?text={text}", $"{spec.Name}, front view");
        if (spec.Kind == ProductKind.Physical)
        {
            product.AddImage($"https://placehold.co/800x800/png?text={text}%0A(back)", $"{spec.Name}, back view");
        }

        foreach (var (name, value) in spec.Attributes)
        {
            product.SetAttribute(name, value);
        }

        // Every third physical product is on sale: a struck-through price about 20 % higher.
        var onSale = spec.Kind == ProductKind.Physical && index % 3 == 0;
        foreach (var combination in Combinations(spec.Axes))
        {
            var amount = spec.BasePrice + combination.Sum(c => c.Delta);
            var price = new Money(amount, Currency);
            var compareAt = onSale ? new Money(Math.Round(amount * 1.2m, 0) - 0.01m, Currency) : null;
            var options = combination.Select(c => new VariantOption(c.Axis, c.Value)).ToArray();
            product.AddVariant(Sku(spec.Slug, combination.Select(c => c.Value)), price, compareAt, options);
        }

        product.ClearDomainEvents();
        return product;
    }

    private static string Describe(DemoProductSpec spec) => spec.Kind switch
    {
        ProductKind.Physical => $"{spec.Tagline} Ships from our warehouses in Shanghai and Rotterdam.",
        _ => $"{spec.Tagline} Delivered instantly, nothing is shipped.",
    };

    private static IEnumerable<List<(string Axis, string Value, decimal Delta)>> Combinations(IReadOnlyList<DemoAxis> axes)
    {
        IEnumerable<List<(string Axis, string Value, decimal Delta)>> combinations = [[]];
        foreach (var axis in axes)
        {
            combinations = combinations.SelectMany(partial => axis.Values.Select(v => (List<(string, string, decimal)>)[.. partial, (axis.Name, v.Value, v.Delta)]));
        }

        return combinations;
    }

    /// <summary>"nimbus-pro-15" + ["256 GB", "Glacier White"] → "NIMBUS-PRO-15-256GB-GLACIERWH".</summary>
    private static string Sku(string slug, IEnumerable<string> values)
    {
        var codes = values.Select(v => new string(v.Where(char.IsAsciiLetterOrDigit).Take(10).ToArray()).ToUpperInvariant());
        return string.Join('-', [slug.ToUpperInvariant(), .. codes]);
    }

    /// <summary>Stock per location from the variant's running number: every eleventh variant is sold out everywhere.</summary>
    private static IEnumerable<StockLevel> Stock(ProductVariant variant, IReadOnlyList<StockLocation> locations, int number)
    {
        var soldOut = number % 11 == 5;
        for (var l = 0; l < locations.Count; l++)
        {
            var onHand = soldOut ? 0 : (number * 37 + l * 53 + 7) % (l == 0 ? 60 : 45);
            var level = new StockLevel(variant.Id, locations[l].Id, onHand);

            // Some units already promised to orders, so available differs from on hand.
            if (number % 7 == 0 && onHand > 2)
            {
                level.Allocate(2);
            }

            level.ClearDomainEvents();
            yield return level;
        }
    }
}
