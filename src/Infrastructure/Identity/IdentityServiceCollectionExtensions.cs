using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Headless.Infrastructure.Identity;

public static class IdentityServiceCollectionExtensions
{
    public const string DataProtectionApplicationName = "Headless";

    /// <summary>
    /// Registers token issuing and validation, sessions, and ASP.NET Core Data Protection with its key ring in the
    /// database (table <c>data_protection_keys</c>), so every instance protects and unprotects with the same keys.
    /// </summary>
    public static IServiceCollection AddHeadlessIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new HeadlessAuthenticationOptions();
        configuration.GetSection(HeadlessAuthenticationOptions.SectionName).Bind(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddDataProtection().SetApplicationName(DataProtectionApplicationName).PersistKeysToDbContext<HeadlessDbContext>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton<IAccessTokenIssuer, AccessTokenIssuer>();
        services.AddSingleton<SessionRevocationCache>();
        services.AddScoped<SessionService>();
        return services;
    }
}
