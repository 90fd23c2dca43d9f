using Headless.Domain.Catalog;
using Headless.Domain.Inventory;

namespace Headless.Infrastructure.Persistence.Seeding;

/// <summary>The aggregates that make up the demo catalog, ready to be added to a context.</summary>
internal sealed record DemoCatalogContent(
    IReadOnlyList<Category> Categories,
    IReadOnlyList<Product> Products,
    IReadOnlyList<StockLocation> StockLocations,
    IReadOnlyList<StockLevel> StockLevels);
