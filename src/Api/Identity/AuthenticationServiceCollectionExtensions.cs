using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.Tokens;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace Headless.Api.Identity;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Authentication of every caller: a policy scheme (<see cref="HeadlessAuthenticationSchemes.Default"/>) that
    /// forwards to the scheme <see cref="AuthenticationSchemeSelector"/> picks, and the access-token scheme (JwtBearer
    /// over the database's signing keys, with the session checked on every request). Settings: <c>Authentication</c>.
    /// </summary>
    public static IServiceCollection AddHeadlessAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHeadlessIdentity(configuration);
        services.AddHttpContextAccessor();
        services.AddOptions<AuthenticationSchemeSelector>();
        services.AddAuthentication(HeadlessAuthenticationSchemes.Default)
            .AddPolicyScheme(HeadlessAuthenticationSchemes.Default, "Headless credentials", options =>
                options.ForwardDefaultSelector = http => http.RequestServices.GetRequiredService<IOptions<AuthenticationSchemeSelector>>().Value.Select(http))
            .AddJwtBearer(HeadlessAuthenticationSchemes.AccessToken, _ => { });
        services.AddOptions<JwtBearerOptions>(HeadlessAuthenticationSchemes.AccessToken)
            .Configure<AccessTokenValidator>((options, validator) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = validator.Parameters;
                options.Events = new JwtBearerEvents
                {
                    OnMessageReceived = async context =>
                    {
                        if (BearerToken.From(context.Request.Headers.Authorization) is { } token)
                        {
                            context.Token = token;
                            await validator.LoadKeysForAsync(token, context.HttpContext.RequestAborted);
                        }
                    },
                    OnTokenValidated = async context =>
                    {
                        if (!await AccessTokenValidator.IsSessionActiveAsync(context.Principal!, context.HttpContext.RequestServices, context.HttpContext.RequestAborted))
                        {
                            context.Fail("The session has ended.");
                        }
                    },
                };
            });
        return services;
    }

    /// <summary>
    /// Authenticates each request; one that presents credentials which fail (expired, revoked, forged) is refused
    /// with 401 and <c>UNAUTHENTICATED</c> rather than served as anonymous, so a client knows to refresh.
    /// </summary>
    public static WebApplication UseHeadlessAuthentication(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (http, next) =>
        {
            if ((http.Request.Headers.Authorization.Count > 0 || http.Request.Headers.ContainsKey(ApiKeys.ApiKeyAuthenticationHandler.HeaderName)) && http.User.Identity?.IsAuthenticated != true)
            {
                Admin.Audit.AdminRefusalAudit.RequestRefused(http);
                await InvalidCredentialsResponse.WriteAsync(http);
                return;
            }

            await next(http);
        });
        return app;
    }
}
