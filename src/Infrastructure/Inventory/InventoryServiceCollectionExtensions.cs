using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Inventory;

public static class InventoryServiceCollectionExtensions
{
    /// <summary>The stock ledger and the admin's inventory services (scoped, sharing the request's context).</summary>
    public static IServiceCollection AddHeadlessInventory(this IServiceCollection services)
    {
        services.AddScoped<StockLedger>();
        services.AddScoped<InventoryService>();
        services.AddScoped<StockLocationService>();
        return services;
    }
}
