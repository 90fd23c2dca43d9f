namespace Headless.Api.Hosting;

/// <summary>
/// What SIGTERM does: the host stops its background services (the outbox publisher gives back the rows it claimed),
/// closes WebSockets with 1012 (see <c>StorefrontEndpoints</c>), stops accepting connections and lets in-flight
/// requests finish for at most <c>Hosting:ShutdownTimeout</c> before it aborts what is left.
/// </summary>
public static class GracefulShutdown
{
    public const string TimeoutKey = "Hosting:ShutdownTimeout";

    public static IServiceCollection AddGracefulShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<TimeSpan?>(TimeoutKey) is { } timeout)
        {
            services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout < TimeSpan.Zero ? TimeSpan.Zero : timeout);
        }

        return services;
    }
}
