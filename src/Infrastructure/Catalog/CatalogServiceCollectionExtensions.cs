using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CatalogReader"/> (scoped, over the request's <c>HeadlessDbContext</c>).</summary>
    public static IServiceCollection AddCatalogReads(this IServiceCollection services)
    {
        // Availability subtracts live cart reservations, so the reader needs the clock.
        services.TryAddSingleton(TimeProvider.System);
        return services.AddScoped<CatalogReader>();
    }
}
