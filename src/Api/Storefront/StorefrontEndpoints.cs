using Headless.Api.Hosting;
using Headless.Api.Hosting.RateLimiting;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Transport.Limits;
using Headless.Infrastructure.Catalog;
using Headless.Infrastructure.Catalog.Caching;

namespace Headless.Api.Storefront;

public static class StorefrontEndpoints
{
    public const string Path = "/graphql";

    /// <summary>Registers the catalog reads (with the <c>Catalog:Filters</c> limits), the per-address write limits (<c>RateLimiting</c>), the order-status settings and the storefront schema (built once, at start-up).</summary>
    public static IServiceCollection AddStorefront(this IServiceCollection services, IConfiguration configuration)
    {
        var orderStatus = new Ordering.OrderStatusOptions();
        configuration.GetSection(Ordering.OrderStatusOptions.SectionName).Bind(orderStatus);
        var filterLimits = new CatalogFilterOptions();
        configuration.GetSection(CatalogFilterOptions.SectionName).Bind(filterLimits);
        return services.AddCatalogReads(filterLimits).AddCatalogCache(configuration).AddStorefrontRateLimiting(configuration).AddSingleton(orderStatus).AddSingleton(_ => StorefrontSchema.Build());
    }

    /// <summary>Serves the storefront at <c>/graphql</c> (HTTP and WebSocket) and its SDL at <c>/graphql/schema.graphql</c>.</summary>
    public static WebApplication MapStorefront(this WebApplication app)
    {
        app.UseWebSockets();
        var httpCaching = new HttpCaching.HttpCachingOptions();
        app.Configuration.GetSection(HttpCaching.HttpCachingOptions.SectionName).Bind(httpCaching);
        var responseCache = new ResponseCaching.ResponseCacheOptions();
        app.Configuration.GetSection(ResponseCaching.ResponseCacheOptions.SectionName).Bind(responseCache);
        var responseStore = new ResponseCaching.ResponseCacheStore(responseCache, app.Services.GetRequiredService<CatalogCacheOptions>().Duration);
        app.Lifetime.ApplicationStopped.Register(responseStore.Dispose);
        app.UseWhen(c => c.Request.Path.StartsWithSegments(Path), branch => branch
            .UseMiddleware<HttpCaching.HttpCachingMiddleware>(httpCaching)
            .UseMiddleware<ResponseCaching.ResponseCacheMiddleware>(responseStore, responseCache));
        app.Use((context, next) =>
        {
            // A plain request ends soon, so its catalog reads may share one held connection; a socket's scope may not.
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.RequestServices.GetRequiredService<CatalogConnectionHold>().Enabled = true;
            }

            return next(context);
        });
        var configuration = app.Configuration.GetSection("GraphQL");
        app.MapGraphQL(Path, app.Services.GetRequiredService<GraphQL.Types.Schema>(), options =>
        {
            options.AddIntrospectionPolicy(configuration.GetSection("Introspection"));
            // Before the cost: an oversized filter gets the error that names it, not a general cost refusal.
            options.Rules.Add(new Catalog.ProductFilterLimitRule(app.Services.GetRequiredService<CatalogFilterOptions>()));
            options.AddDefaultLimits(configuration.GetSection("Limits"));
            options.Rules.Add(new HttpCaching.PublicReadRule());
            options.AddMutationRateLimit(app.Services);
            if (configuration.GetValue<TimeSpan?>("RequestTimeout") is { } timeout)
            {
                options.RequestTimeout = timeout <= TimeSpan.Zero ? Timeout.InfiniteTimeSpan : timeout;
            }

            // GraphQL:Ide:Enabled unset: the IDE in Development only.
            configuration.GetSection("Ide").Bind(options.Ide);
            options.Ide.DefaultQuery ??= GraphiQLExample.Query;
            configuration.GetSection("WebSockets").Bind(options.WebSockets);
            options.Telemetry.IncludeDocument = app.Services.GetRequiredService<Telemetry.TelemetrySettings>().IncludeGraphQLDocument;
            // On SIGTERM sockets close with 1012 at once, so clients reconnect to another instance while this one drains.
            options.WebSockets.ServerStopping = app.Lifetime.ApplicationStopping;
            options.WebSockets.OnConnectionInit = Identity.WebSocketAuthentication.AuthenticateAsync;
            // Exception details help while developing and must never reach clients elsewhere.
            options.Execution = options.Execution with
            {
                IncludeExceptionDetails = app.Environment.IsDevelopment(),
                ClassifyException = DependencyOutage.Classify,
            };
        });
        return app;
    }
}
