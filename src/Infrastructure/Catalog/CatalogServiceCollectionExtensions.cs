using Microsoft.Extensions.DependencyInjection;

namespace Headless.Infrastructure.Catalog;

public static class CatalogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="CatalogReader"/> (scoped, over the request's <c>HeadlessDbContext</c>).</summary>
    public static IServiceCollection AddCatalogReads(this IServiceCollection services) =>
        services.AddScoped<CatalogReader>();
}
