using Headless.GraphQL.Transport;

namespace Headless.Api.Hosting.RateLimiting;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary>Registers the storefront's per-address write limits from <c>RateLimiting</c> (see <see cref="RateLimitingOptions"/>).</summary>
    public static IServiceCollection AddStorefrontRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new RateLimitingOptions();
        configuration.GetSection(RateLimitingOptions.SectionName).Bind(options);
        services.AddSingleton(options);
        services.AddSingleton<StorefrontRateLimiter>();
        services.AddSingleton<MutationRateLimitRule>();
        return services;
    }

    /// <summary>Adds the mutation limit to a GraphQL endpoint's rules, unless <c>RateLimiting:Enabled</c> is false.</summary>
    public static GraphQLTransportOptions AddMutationRateLimit(this GraphQLTransportOptions options, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (services.GetRequiredService<RateLimitingOptions>().Enabled)
        {
            options.Rules.Add(services.GetRequiredService<MutationRateLimitRule>());
        }

        return options;
    }
}
