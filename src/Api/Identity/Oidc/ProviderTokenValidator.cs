using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The mobile flow's check of what an app hands over: an ID token, validated against the provider's discovery
/// document and key set (signature, issuer by preset, audience = the client id or an additional audience,
/// expiry with one minute of skew, nonce), or a code that Headless redeems (with the PKCE verifier) first.
/// Discovery and keys are cached per provider and refreshed when a token names a key not seen yet.
/// </summary>
public sealed partial class ProviderTokenValidator(IHttpClientFactory httpClients, IHostEnvironment environment, TimeProvider clock, ILogger<ProviderTokenValidator> logger)
{
    public const string HttpClientName = "Headless.Oidc";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _configurations = new(StringComparer.OrdinalIgnoreCase);
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    /// <summary>The identity in <paramref name="idToken"/>, or null when it is not a valid token of this provider for this nonce.</summary>
    public async Task<ExternalIdentity?> ValidateIdTokenAsync(OidcProvider provider, string idToken, string? nonce, bool requireNonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (!provider.IssuesIdTokens || string.IsNullOrEmpty(idToken) || idToken.Length > 16 * 1024)
        {
            return null;
        }

        var configurations = Configuration(provider);
        var result = await ValidateAsync(provider, idToken, await configurations.GetConfigurationAsync(cancellationToken));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // The provider may have rotated its keys since they were read: read them again once.
            configurations.RequestRefresh();
            result = await ValidateAsync(provider, idToken, await configurations.GetConfigurationAsync(cancellationToken));
        }

        if (!result.IsValid)
        {
            LogRefused(logger, provider.Name, result.Exception?.GetType().Name ?? "invalid");
            return null;
        }

        var token = (JsonWebToken)result.SecurityToken;
        var tokenNonce = token.TryGetPayloadValue<string>("nonce", out var n) ? n : null;
        if ((requireNonce || nonce is not null || tokenNonce is not null) && (nonce is null || !string.Equals(nonce, tokenNonce, StringComparison.Ordinal)))
        {
            LogRefused(logger, provider.Name, "nonce");
            return null;
        }

        return ExternalIdentityClaims.Read(provider.Name, type => token.TryGetPayloadValue<object>(type, out var value)
            ? value switch { bool b => b ? "true" : "false", _ => value?.ToString() }
            : null);
    }

    /// <summary>Redeems an app's authorization code (with its PKCE verifier) at the provider's token endpoint, then validates the ID token it answers with.</summary>
    public async Task<ExternalIdentity?> RedeemCodeAsync(OidcProvider provider, string code, string codeVerifier, string redirectUri, string? nonce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (!provider.IssuesIdTokens || string.IsNullOrEmpty(code) || code.Length > 4096 || string.IsNullOrEmpty(codeVerifier) || codeVerifier.Length > 128
            || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
        {
            return null;
        }

        var configuration = await Configuration(provider).GetConfigurationAsync(cancellationToken);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = redirectUri,
            ["code_verifier"] = codeVerifier,
            ["client_id"] = provider.ClientId,
        };
        if (provider.ClientSecret(clock.GetUtcNow()) is { } secret)
        {
            form["client_secret"] = secret;
        }

        using var response = await httpClients.CreateClient(HttpClientName).PostAsync(new Uri(configuration.TokenEndpoint), new FormUrlEncodedContent(form), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            LogRefused(logger, provider.Name, $"token endpoint {(int)response.StatusCode}");
            return null;
        }

        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return body.RootElement.TryGetProperty("id_token", out var idToken) && idToken.ValueKind == JsonValueKind.String
            ? await ValidateIdTokenAsync(provider, idToken.GetString()!, nonce, requireNonce: false, cancellationToken)
            : null;
    }

    private Task<TokenValidationResult> ValidateAsync(OidcProvider provider, string idToken, OpenIdConnectConfiguration configuration) =>
        _handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidAudiences = provider.Audiences,
            IssuerSigningKeys = configuration.SigningKeys,
            IssuerValidator = (issuer, token, _) => provider.IsIssuer(issuer, configuration.Issuer, (JsonWebToken)token)
                ? issuer
                : throw new SecurityTokenInvalidIssuerException("The token's issuer is not this provider."),
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = ClockSkew,
            LifetimeValidator = (notBefore, expires, _, _) =>
                expires is { } exp && exp.ToUniversalTime() + ClockSkew > clock.GetUtcNow().UtcDateTime
                && (notBefore is not { } nbf || nbf.ToUniversalTime() - ClockSkew <= clock.GetUtcNow().UtcDateTime),
        });

    private ConfigurationManager<OpenIdConnectConfiguration> Configuration(OidcProvider provider) =>
        _configurations.GetOrAdd(provider.Name, _ => new ConfigurationManager<OpenIdConnectConfiguration>(
            new Uri(new Uri(provider.Authority!.AbsoluteUri.TrimEnd('/') + "/"), ".well-known/openid-configuration").AbsoluteUri,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !environment.IsDevelopment() }));

    [LoggerMessage(Level = LogLevel.Information, Message = "A token from sign-in provider {Provider} was refused ({Reason})")]
    private static partial void LogRefused(ILogger logger, string provider, string reason);
}
