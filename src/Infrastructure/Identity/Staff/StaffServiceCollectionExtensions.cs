using Headless.Infrastructure.Identity.ApiKeys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Identity.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>
    /// Staff accounts and integrator API keys (<c>Identity:ApiKeys</c>). The authenticator-app factor staff sign-in
    /// requires comes from <see cref="IdentityServiceCollectionExtensions.AddHeadlessIdentity"/>, shared with customers.
    /// </summary>
    public static IServiceCollection AddHeadlessStaff(this IServiceCollection services, IConfiguration configuration)
    {
        var apiKeys = new ApiKeyOptions();
        configuration.GetSection(ApiKeyOptions.SectionName).Bind(apiKeys);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();
        services.AddSingleton(apiKeys);
        services.AddScoped<StaffDirectory>().AddScoped<ApiKeyService>();
        return services;
    }
}
