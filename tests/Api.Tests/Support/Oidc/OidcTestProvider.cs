using System.Security.Claims;
using System.Security.Cryptography;
using Headless.Tests.Shared;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Headless.Api.Tests.Support.Oidc;

/// <summary>
/// A real OpenID Connect provider on a free loopback port: OpenIddict's server with discovery, JWKS, the
/// authorization-code flow with PKCE (S256 required), a token endpoint and userinfo, over plain HTTP (allowed here
/// only). Nobody types a password: the authorize endpoint consents at once for <see cref="User"/>, so a client that
/// follows redirects goes straight back to its redirect URI with a code. ID tokens are signed with
/// <see cref="SigningKey"/>, which tests may also use to mint tokens the provider would never issue (expired ones).
/// </summary>
public sealed class OidcTestProvider : IAsyncDisposable
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string UserInfoPath = "/connect/userinfo";

    private readonly WebApplication _app;
    private readonly SqliteConnection _store;

    private OidcTestProvider(WebApplication app, SqliteConnection store, Uri issuer, RsaSecurityKey signingKey)
    {
        _app = app;
        _store = store;
        Issuer = issuer;
        SigningKey = signingKey;
    }

    /// <summary>The issuer, also the authority clients discover from (<c>/.well-known/openid-configuration</c>), with a trailing slash.</summary>
    public Uri Issuer { get; }

    /// <summary>The issuer as ID tokens carry it (<c>iss</c>), which is what Headless is configured with as the authority.</summary>
    public string Authority => Issuer.AbsoluteUri;

    /// <summary>The provider's only signing key (RS256), published in its JWKS.</summary>
    public RsaSecurityKey SigningKey { get; }

    /// <summary>Who is signed in at the provider; the next authorization request consents for this user.</summary>
    public OidcTestUser User { get; set; } = new("user-1", "ada@example.com", EmailVerified: true, Name: "Ada Lovelace");

    /// <summary>How many authorization requests the provider has answered, so a test can tell it was really visited.</summary>
    public int AuthorizationRequests => _authorizationRequests;

    private int _authorizationRequests;

    /// <summary>Starts the provider; register clients with <see cref="RegisterClientAsync"/>.</summary>
    public static async Task<OidcTestProvider> StartAsync(ILoggerProvider? logs = null)
    {
        var issuer = new Uri($"http://127.0.0.1:{LoopbackPort.Next()}/");
        var rsa = RSA.Create(2048);
        var signingKey = new RsaSecurityKey(rsa) { KeyId = $"test-{Guid.NewGuid():N}"[..16] };

        // One open connection keeps the in-memory database alive for the provider's lifetime.
        var store = new SqliteConnection("Data Source=:memory:");
        await store.OpenAsync();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls(issuer.AbsoluteUri.TrimEnd('/'));
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddDbContext<OidcProviderDbContext>(options => options.UseSqlite(store).UseOpenIddict());
        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<OidcProviderDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(issuer)
                    .SetAuthorizationEndpointUris(AuthorizePath.TrimStart('/'))
                    .SetTokenEndpointUris(TokenPath.TrimStart('/'))
                    .SetUserInfoEndpointUris(UserInfoPath.TrimStart('/'))
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile)
                    .AddSigningKey(signingKey)
                    .AddEphemeralEncryptionKey()
                    // Readable access tokens: nothing here depends on it, but a failing test is easier to read.
                    .DisableAccessTokenEncryption();
                options.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough();
            });

        var app = builder.Build();
        var provider = new OidcTestProvider(app, store, issuer, signingKey);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OidcProviderDbContext>().Database.EnsureCreatedAsync();
        }

        app.MapMethods(AuthorizePath, ["GET", "POST"], (HttpContext context) => provider.Authorize(context));
        // Typed as Func so the result is written (a lambda taking only HttpContext would bind as a RequestDelegate).
        Func<HttpContext, Task<IResult>> exchange = Exchange, userInfo = UserInfo;
        app.MapPost(TokenPath, exchange);
        app.MapMethods(UserInfoPath, ["GET", "POST"], userInfo);
        await app.StartAsync();
        return provider;
    }

    /// <summary>
    /// Registers a client: confidential when <paramref name="clientSecret"/> is given, public otherwise; allowed the
    /// code flow with PKCE and the openid, email and profile scopes, for exactly these redirect URIs.
    /// </summary>
    public async Task RegisterClientAsync(string clientId, string? clientSecret, params Uri[] redirectUris)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = clientSecret,
            ClientType = clientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization,
                Permissions.Endpoints.Token,
                Permissions.GrantTypes.AuthorizationCode,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Email,
                Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in redirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }

        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
    }

    /// <summary>Consents at once for <see cref="User"/> with the scopes asked for; OpenIddict then redirects with a code.</summary>
    private IResult Authorize(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect authorization request.");
        Interlocked.Increment(ref _authorizationRequests);
        var user = User;
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Subject);
        if (user.Email is not null)
        {
            identity.SetClaim(Claims.Email, user.Email).SetClaim(Claims.EmailVerified, user.EmailVerified);
        }

        if (user.Name is not null)
        {
            identity.SetClaim(Claims.Name, user.Name);
        }

        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>Redeems a code: OpenIddict has checked the client, the redirect URI and the PKCE verifier already.</summary>
    private static async Task<IResult> Exchange(HttpContext context)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect token request.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Results.Forbid(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        return Results.SignIn(result.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>The claims of the access token's user, as a JSON object (what an OAuth 2.0-only provider's profile endpoint answers).</summary>
    private static async Task<IResult> UserInfo(HttpContext context)
    {
        var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        if (result.Principal is not { } principal)
        {
            return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        }

        var claims = new Dictionary<string, object?> { [Claims.Subject] = principal.GetClaim(Claims.Subject) };
        if (principal.GetClaim(Claims.Email) is { } email)
        {
            claims[Claims.Email] = email;
            claims[Claims.EmailVerified] = principal.GetClaim(Claims.EmailVerified) == "true";
        }

        if (principal.GetClaim(Claims.Name) is { } name)
        {
            claims[Claims.Name] = name;
        }

        return Results.Json(claims);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        SigningKey.Rsa?.Dispose();
    }
}
