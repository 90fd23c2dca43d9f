using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OAuth;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Headless.Api.Identity.Oidc.WeChat;

/// <summary>
/// The framework's OAuth 2.0 handler (state, correlation cookie, callback, failure events) with WeChat's departures:
/// the authorize URL names the client <c>appid</c>, separates scopes with commas and ends with <c>#wechat_redirect</c>;
/// the code is redeemed by a GET with <c>appid</c> and <c>secret</c> whose errors come as <c>{errcode}</c> with HTTP
/// 200; the profile is fetched with the access token and the <c>openid</c> (<see cref="WeChatApi"/>).
/// </summary>
internal sealed class WeChatOAuthHandler(IOptionsMonitor<OAuthOptions> options, ILoggerFactory logger, UrlEncoder encoder, OidcProviders providers, WeChatApi api)
    : OAuthHandler<OAuthOptions>(options, logger, encoder)
{
    private OidcProvider Provider => providers.Find(Scheme.Name[OidcProvider.SchemePrefix.Length..])
        ?? throw new InvalidOperationException($"No provider for scheme {Scheme.Name}.");

    protected override string BuildChallengeUrl(AuthenticationProperties properties, string redirectUri)
    {
        var query = new Dictionary<string, string?>
        {
            ["appid"] = Options.ClientId,
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = string.Join(',', Options.Scope),
            ["state"] = Options.StateDataFormat.Protect(properties),
        };
        return QueryHelpers.AddQueryString(Options.AuthorizationEndpoint, query) + "#wechat_redirect";
    }

    protected override async Task<OAuthTokenResponse> ExchangeCodeAsync(OAuthCodeExchangeContext context)
    {
        if (await api.RedeemCodeAsync(Provider, context.Code, Context.RequestAborted) is not { } token)
        {
            return OAuthTokenResponse.Failed(new AuthenticationFailureException("The provider refused the code."));
        }

        // The handler reads access_token (and the rest) from a JSON document; the openid and unionid travel with it to CreateTicketAsync.
        return OAuthTokenResponse.Success(JsonSerializer.SerializeToDocument(new Dictionary<string, object?>
        {
            ["access_token"] = token.AccessToken,
            ["token_type"] = "Bearer",
            ["refresh_token"] = token.RefreshToken,
            ["expires_in"] = token.ExpiresIn?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["openid"] = token.OpenId,
            ["unionid"] = token.UnionId,
            ["scope"] = token.Scope,
        }));
    }

    protected override async Task<AuthenticationTicket> CreateTicketAsync(ClaimsIdentity identity, AuthenticationProperties properties, OAuthTokenResponse tokens)
    {
        var root = tokens.Response!.RootElement;
        var token = new WeChatAccessToken(tokens.AccessToken!, root.GetProperty("openid").GetString()!,
            root.TryGetProperty("unionid", out var union) && union.ValueKind == JsonValueKind.String ? union.GetString() : null, null, null, null);
        if (await api.ProfileAsync(Provider, token, Context.RequestAborted) is not { } person)
        {
            // Thrown inside the remote authentication, so it reaches OnRemoteFailure like any other refusal.
            throw new AuthenticationFailureException("The provider's profile call failed.");
        }

        identity.AddClaim(new Claim("sub", person.Subject));
        if (person.Name is { } name)
        {
            identity.AddClaim(new Claim("name", name));
        }

        return await base.CreateTicketAsync(identity, properties, tokens);
    }
}
