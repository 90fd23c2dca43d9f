using Headless.Api.Health;
using Headless.Api.Storefront;

namespace Headless.Api.Hosting;

/// <summary><c>GET /</c>: a small JSON map of the API, so whoever opens the bare address learns where to go.</summary>
public static class RootEndpoint
{
    public static IEndpointRouteBuilder MapRoot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Results.Json(new
        {
            name = "Headless storefront API",
            graphql = StorefrontEndpoints.Path,
            // Answers 404 where introspection is off (outside Development by default).
            schema = StorefrontEndpoints.Path + "/schema.graphql",
            health = new { live = HealthEndpoints.LivePath, ready = HealthEndpoints.ReadyPath },
        }));
        return endpoints;
    }
}
