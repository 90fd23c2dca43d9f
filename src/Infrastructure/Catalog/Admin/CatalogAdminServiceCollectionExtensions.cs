using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Catalog.Admin;

public static class CatalogAdminServiceCollectionExtensions
{
    /// <summary>The catalog write side, CSV import/export, admin reads, the scheduled-price sweep and the background import worker.</summary>
    public static IServiceCollection AddCatalogAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new CatalogAdminOptions();
        configuration.GetSection("Catalog:Admin").Bind(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<CatalogAdminService>();
        services.AddScoped<CatalogAdminReader>();
        services.AddScoped<CatalogCsv>();
        services.AddHostedService<ScheduledPriceSweep>();
        services.AddHostedService<CatalogImportWorker>();
        return services;
    }
}
