using Headless.Infrastructure.Identity.ApiKeys;
using Headless.Infrastructure.Identity.Mfa;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Identity.Staff;

public static class StaffServiceCollectionExtensions
{
    /// <summary>Staff accounts, the authenticator-app factor (<c>Identity:Totp</c>) and integrator API keys (<c>Identity:ApiKeys</c>).</summary>
    public static IServiceCollection AddHeadlessStaff(this IServiceCollection services, IConfiguration configuration)
    {
        var totp = new TotpOptions();
        configuration.GetSection(TotpOptions.SectionName).Bind(totp);
        var apiKeys = new ApiKeyOptions();
        configuration.GetSection(ApiKeyOptions.SectionName).Bind(apiKeys);
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();
        services.AddSingleton(totp).AddSingleton(apiKeys).AddSingleton<TotpAuthenticator>();
        services.AddScoped<StaffDirectory>().AddScoped<ApiKeyService>();
        return services;
    }
}
