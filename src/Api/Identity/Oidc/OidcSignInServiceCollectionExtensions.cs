using Microsoft.AspNetCore.Authentication;
using Headless.Api.Identity.Oidc.WeChat;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using System.Security.Claims;
using System.Text.Json;

namespace Headless.Api.Identity.Oidc;

public static class OidcSignInServiceCollectionExtensions
{
    /// <summary>The cookie scheme the handlers name as their sign-in scheme; never written, the callback answers first.</summary>
    public const string ExternalScheme = "Headless.External";

    internal const string ReturnUrlItem = "headless.returnUrl";

    /// <summary>
    /// Sign-in with the providers of <c>Authentication:Oidc</c>: one framework OpenID Connect handler per provider
    /// (code flow, PKCE, callback at its <c>CallbackPath</c>), the mobile flow's <see cref="ProviderTokenValidator"/>
    /// and the one-time <see cref="SignInCodes"/>. The account side is <see cref="IExternalSignIn"/>.
    /// </summary>
    public static IServiceCollection AddOidcSignIn(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var providers = OidcProviders.FromConfiguration(configuration, environment.IsDevelopment());
        var options = new ExternalSignInOptions();
        configuration.GetSection(ExternalSignInOptions.SectionName).Bind(options);
        services.AddSingleton(providers).AddSingleton(options).AddSingleton<ReturnUrlPolicy>().AddScoped<SignInCodes>()
            .AddSingleton<ProviderTokenValidator>().AddSingleton<WeChatApi>()
            .AddScoped<IExternalSignIn, CustomerExternalSignIn>().AddScoped<ProviderSignInService>();
        services.TryAddSingletonTimeProvider();
        services.AddHttpContextAccessor();
        services.AddHttpClient(ProviderTokenValidator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));

        var authentication = services.AddAuthentication().AddCookie(ExternalScheme);
        foreach (var provider in providers.All.Where(p => p.IssuesIdTokens))
        {
            authentication.AddOpenIdConnect(provider.SchemeName, provider.Name, o => Configure(o, provider, environment));
        }

        foreach (var provider in providers.All.Where(p => p.UsesOAuth2Profile))
        {
            authentication.AddOAuth<OAuthOptions, WeChatOAuthHandler>(provider.SchemeName, provider.Name, o => ConfigureWeChat(o, provider));
            // After the framework's own post-configuration, which makes the data-protected state format this one wraps.
            services.AddOptions<OAuthOptions>(provider.SchemeName).PostConfigure<IHttpContextAccessor>((o, http) =>
                o.StateDataFormat = new WeChatStateFormat(o.StateDataFormat, http, provider.CallbackPath));
        }

        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(s => s.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    /// <summary>The framework's OAuth 2.0 handler for a WeChat-style provider; <see cref="WeChatOAuthHandler"/> does what differs.</summary>
    private static void ConfigureWeChat(OAuthOptions o, OidcProvider provider)
    {
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret(DateTimeOffset.UtcNow) ?? string.Empty;
        o.AuthorizationEndpoint = provider.AuthorizationEndpoint!;
        o.TokenEndpoint = provider.TokenEndpoint!;
        o.UserInformationEndpoint = provider.UserInfoEndpoint!;
        o.CallbackPath = provider.CallbackPath;
        o.SignInScheme = ExternalScheme;
        o.SaveTokens = false;
        // WeChat knows no PKCE; the state (in its cookie) and the correlation cookie protect the callback.
        o.UsePkce = false;
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.CorrelationCookie.SameSite = SameSiteMode.Lax;
        o.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            o.Scope.Add(scope);
        }

        o.Events = new OAuthEvents
        {
            OnTicketReceived = context => OidcCallback.CompleteAsync(context, provider),
            OnRemoteFailure = context => OidcCallback.FailAsync(context, provider),
        };
    }

    private static void Configure(OpenIdConnectOptions o, OidcProvider provider, IHostEnvironment environment)
    {
        o.Authority = provider.Authority!.AbsoluteUri;
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret(DateTimeOffset.UtcNow);
        o.ResponseType = "code";
        o.UsePkce = true;
        o.ResponseMode = provider.UsesFormPost ? "form_post" : "query";
        o.CallbackPath = provider.CallbackPath;
        o.SignInScheme = ExternalScheme;
        o.MapInboundClaims = false;
        o.SaveTokens = false;
        o.DisableTelemetry = true;
        o.GetClaimsFromUserInfoEndpoint = provider.UsesUserInfoEndpoint;
        o.RequireHttpsMetadata = !environment.IsDevelopment();
        o.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            o.Scope.Add(scope);
        }

        // Secure on HTTPS (every deployment); the same cookies over plain HTTP work on a developer's machine. The
        // callback of a query-mode provider is a top-level GET, which Lax cookies reach; browsers drop SameSite=None
        // without Secure, so only the form_post provider (Apple, HTTPS only) keeps None.
        o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        if (!provider.UsesFormPost)
        {
            o.CorrelationCookie.SameSite = SameSiteMode.Lax;
            o.NonceCookie.SameSite = SameSiteMode.Lax;
        }

        // The handler hands the discovered issuer to the validator through the configuration (its configuration
        // manager), not through ValidIssuer(s): a validator reading only those had nothing to compare with and refused
        // every ID token at the callback (PROVIDER_SIGN_IN_FAILED).
        o.TokenValidationParameters.IssuerValidatorUsingConfiguration = (issuer, token, parameters, configuration) =>
            (parameters.ValidIssuers ?? []).Append(parameters.ValidIssuer).Append(configuration?.Issuer).OfType<string>()
                .Any(d => provider.IsIssuer(issuer, d, (JsonWebToken)token))
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("The token's issuer is not this provider.");
        o.Events = new OpenIdConnectEvents
        {
            OnAuthorizationCodeReceived = context =>
            {
                // Apple's secret is a short-lived JWT: sign a current one for each redemption.
                if (provider.Preset == OidcPreset.Apple && context.TokenEndpointRequest is { } request)
                {
                    request.ClientSecret = provider.ClientSecret(context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
                }

                return Task.CompletedTask;
            },
            OnTokenValidated = context =>
            {
                if (provider.Preset == OidcPreset.Apple && context.Principal?.Identity is ClaimsIdentity identity
                    && identity.FindFirst("name") is null && AppleFirstSignInName(context.ProtocolMessage.GetParameter("user")) is { } name)
                {
                    identity.AddClaim(new Claim("name", name));
                }

                return Task.CompletedTask;
            },
            OnTicketReceived = context => OidcCallback.CompleteAsync(context, provider),
            OnRemoteFailure = context => OidcCallback.FailAsync(context, provider),
        };
    }

    /// <summary>Apple posts the name once, on the first sign-in, as JSON in the <c>user</c> form field.</summary>
    private static string? AppleFirstSignInName(string? user)
    {
        if (string.IsNullOrEmpty(user) || user.Length > 4096)
        {
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(user);
            if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.Object)
            {
                var parts = new[] { "firstName", "lastName" }
                    .Select(p => name.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                    .Where(p => !string.IsNullOrWhiteSpace(p));
                return string.Join(' ', parts) is { Length: > 0 } full ? full : null;
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
