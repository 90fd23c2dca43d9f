using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Tests.Support.Oidc;

/// <summary>
/// What a mobile app does with a provider: the authorization-code flow with PKCE, by hand. It asks the provider's
/// authorize endpoint for a code (stopping at the redirect, as the app's URL handler would), then redeems it at the
/// token endpoint with the verifier. Nothing is faked: the tokens come from the provider.
/// </summary>
public static class OidcCodeGrant
{
    /// <summary>The provider's redirect to <paramref name="redirectUri"/>: the code (or an error) and the state.</summary>
    public static async Task<OidcAuthorizationResponse> AuthorizeAsync(
        OidcTestProvider provider, string clientId, Uri redirectUri, string codeChallenge, string? nonce, string scope = "openid email profile")
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["response_type"] = "code",
            ["scope"] = scope,
            ["state"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = codeChallenge,
            ["code_challenge_method"] = "S256",
            ["nonce"] = nonce,
        };
        var url = QueryHelpers.AddQueryString(new Uri(provider.Issuer, OidcTestProvider.AuthorizePath.TrimStart('/')).AbsoluteUri, query);
        using var response = await http.GetAsync(new Uri(url));
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"The provider answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var location = response.Headers.Location!;
        var parameters = QueryHelpers.ParseQuery(location.Query);
        return new OidcAuthorizationResponse(location, parameters.TryGetValue("code", out var code) ? code.ToString() : null,
            parameters.TryGetValue("error", out var error) ? error.ToString() : null);
    }

    /// <summary>Redeems <paramref name="code"/> with the PKCE verifier; the provider's JSON token response.</summary>
    public static async Task<OidcTokenResponse> RedeemAsync(
        OidcTestProvider provider, string clientId, string? clientSecret, Uri redirectUri, string code, string codeVerifier)
    {
        using var http = new HttpClient();
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri.AbsoluteUri,
            ["code_verifier"] = codeVerifier,
        };
        if (clientSecret is not null)
        {
            form["client_secret"] = clientSecret;
        }

        using var response = await http.PostAsync(new Uri(provider.Issuer, OidcTestProvider.TokenPath.TrimStart('/')), new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The token endpoint answered {(int)response.StatusCode}: {body}");
        }

        return System.Text.Json.JsonSerializer.Deserialize<OidcTokenResponse>(body)!;
    }

    /// <summary>Authorize, then redeem: an ID token for <see cref="OidcTestProvider.User"/> with this nonce.</summary>
    public static async Task<OidcTokenResponse> SignInAsync(
        OidcTestProvider provider, string clientId, string? clientSecret, Uri redirectUri, string? nonce)
    {
        var verifier = NewCodeVerifier();
        var authorization = await AuthorizeAsync(provider, clientId, redirectUri, CodeChallenge(verifier), nonce);
        var code = authorization.Code ?? throw new InvalidOperationException($"No code: {authorization.Error} ({authorization.Location})");
        return await RedeemAsync(provider, clientId, clientSecret, redirectUri, code, verifier);
    }

    /// <summary>A fresh PKCE verifier (RFC 7636: 43 to 128 unreserved characters).</summary>
    public static string NewCodeVerifier() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    /// <summary>The S256 challenge of <paramref name="verifier"/>.</summary>
    public static string CodeChallenge(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
}

/// <summary>Where the provider sent the user agent back to, with what it carried.</summary>
public sealed record OidcAuthorizationResponse(Uri Location, string? Code, string? Error);

/// <summary>The token endpoint's answer.</summary>
public sealed record OidcTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("id_token")] string? IdToken,
    [property: JsonPropertyName("token_type")] string TokenType);
