using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CatalogReader"/> (scoped, over the request's <c>HeadlessDbContext</c>) and the filter
    /// limits it enforces (<paramref name="filterLimits"/>, else the defaults; clamped to their ceilings).
    /// </summary>
    public static IServiceCollection AddCatalogReads(this IServiceCollection services, CatalogFilterOptions? filterLimits = null)
    {
        services.TryAddSingleton((filterLimits ?? new CatalogFilterOptions()).Clamped());
        // Availability subtracts live cart reservations, so the reader needs the clock.
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<CatalogReader>();
    }
}
