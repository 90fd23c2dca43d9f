using Headless.Infrastructure.Messaging;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Headless.Api.Health;

public static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";

    /// <summary>Health checks with this tag must pass before the instance takes traffic.</summary>
    public const string ReadyTag = MessagingServiceCollectionExtensions.ReadyTag;

    public static IServiceCollection AddHeadlessHealth(this IServiceCollection services)
    {
        services.AddHealthChecks();
        return services;
    }

    /// <summary>
    /// <c>/health/live</c> runs no checks: it answers while the process can serve HTTP, so an orchestrator
    /// never restarts us because a dependency is down. <c>/health/ready</c> runs the checks tagged
    /// <see cref="ReadyTag"/> (database, Redis when configured) and answers 503 if any fails.
    /// </summary>
    public static IEndpointRouteBuilder MapHeadlessHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponseWriter.WriteAsync,
        });
        return endpoints;
    }
}
