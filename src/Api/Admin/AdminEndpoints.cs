using Headless.Api.Hosting;
using Headless.Api.Identity;
using Headless.Api.Identity.ApiKeys;
using Headless.GraphQL.Transport;
using Headless.GraphQL.Transport.Limits;
using Headless.Infrastructure.Catalog.Admin;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.Mfa;
using Headless.Infrastructure.Identity.Staff;
using Headless.Infrastructure.Auditing;
using Headless.Infrastructure.Ordering.Admin;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;

namespace Headless.Api.Admin;

public static class AdminEndpoints
{
    public const string Path = "/admin/graphql";

    /// <summary>Staff accounts, MFA, API keys (and their authentication scheme) and the admin schema (built once, at start-up).</summary>
    public static IServiceCollection AddAdmin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHeadlessStaff(configuration);
        services.AddCatalogAdmin(configuration);
        services.AddHeadlessAuditing(configuration);
        services.AddScoped<OrderSearch>();
        services.AddScoped<OrderActions>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        services.Configure<AuthenticationSchemeSelector>(selector =>
            selector.Rules.Insert(0, http => ApiKeyAuthenticationHandler.PresentedKey(http.Request) is null ? null : ApiKeyAuthenticationHandler.SchemeName));
        return services.AddSingleton(_ => AdminSchema.Build());
    }

    /// <summary>In Development, the documented demo owner (README "Admin API"); elsewhere nothing.</summary>
    public static async Task SeedDemoOwnerInDevelopmentAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await DemoOwner.EnsureAsync(provider.GetRequiredService<HeadlessDbContext>(), provider.GetRequiredService<StaffDirectory>(), provider.GetRequiredService<TotpAuthenticator>(), CancellationToken.None);
    }

    /// <summary>
    /// Serves the admin schema at <c>/admin/graphql</c> (HTTP and WebSocket) through the same pipeline as the
    /// storefront. Introspection, the SDL document and suggestions need a staff or API key credential in every
    /// environment.
    /// </summary>
    public static WebApplication MapAdmin(this WebApplication app)
    {
        var configuration = app.Configuration.GetSection("Admin:GraphQL");
        app.MapGraphQL(Path, app.Services.GetRequiredService<AdminSchema>().Schema, options =>
        {
            options.AddIntrospectionPolicy(policy =>
            {
                policy.AllowInDevelopment = false;
                policy.Production = IntrospectionAccess.Authenticated;
                policy.AllowUser = user => user.HasClaim(HeadlessClaimTypes.Permission, Domain.Identity.Permissions.AdminAccess);
            });
            options.AddDefaultLimits(configuration.GetSection("Limits"));
            if (configuration.GetValue<TimeSpan?>("RequestTimeout") is { } timeout)
            {
                options.RequestTimeout = timeout <= TimeSpan.Zero ? Timeout.InfiniteTimeSpan : timeout;
            }

            configuration.GetSection("Ide").Bind(options.Ide);
            configuration.GetSection("WebSockets").Bind(options.WebSockets);
            options.WebSockets.OnConnectionInit = WebSocketAuthentication.AuthenticateAsync;
            options.OnRequest = Audit.AdminAudit.CaptureRequest;
            options.Execution = options.Execution with
            {
                IncludeExceptionDetails = app.Environment.IsDevelopment(),
                ClassifyException = DependencyOutage.Classify,
                PermissionClaimType = HeadlessClaimTypes.Permission,
                OnAccessRefused = Audit.AdminRefusalAudit.Into(app.Services.GetRequiredService<AccessRefusalLog>()),
            };
        });
        return app;
    }
}
