using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.PersonalData;
using Headless.Infrastructure.Identity.Sessions;
using Headless.Infrastructure.Identity.Tokens;
using Headless.Infrastructure.Notifications;
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
        return services.AddTotp(configuration).AddCustomerAccounts(configuration);
    }

    /// <summary>The authenticator-app factor (settings under <c>Identity:Totp</c>), shared by customer and staff accounts.</summary>
    private static IServiceCollection AddTotp(this IServiceCollection services, IConfiguration configuration)
    {
        var totp = new TotpOptions();
        configuration.GetSection(TotpOptions.SectionName).Bind(totp);
        services.TryAddSingleton(totp);
        services.TryAddSingleton<TotpAuthenticator>();
        var mfa = new MfaOptions();
        configuration.GetSection(MfaOptions.SectionName).Bind(mfa);
        services.TryAddSingleton(mfa);
        services.AddScoped<Devices.TrustedDevices>();
        return services;
    }

    /// <summary>Customer accounts (settings under <c>Accounts</c>), personal-data encryption and the email seam.</summary>
    private static IServiceCollection AddCustomerAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        var accounts = new AccountOptions();
        configuration.GetSection(AccountOptions.SectionName).Bind(accounts);
        services.AddSingleton(accounts);
        services.AddSingleton<CustomerPasswords>();
        services.AddSingleton<IPersonalDataProtector, PersonalDataProtector>();
        services.TryAddSingleton<DevelopmentEmailSink>();
        services.TryAddSingleton<IEmailSender>(sp => sp.GetRequiredService<DevelopmentEmailSink>());
        services.AddScoped<SignInThrottle>();
        services.AddScoped<AccountTokens>();
        services.AddScoped<CustomerAccountService>();
        services.AddScoped<CustomerProfiles>();
        services.AddScoped<CustomerCommerce>();
        services.AddScoped<CustomerDataRights>();
        services.AddScoped<CustomerTotp>();
        services.AddScoped<ISignInSecondFactor>(sp => sp.GetRequiredService<CustomerTotp>());
        return services;
    }
}
