using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Identity.Oidc.WeChat;

/// <summary>
/// The two back-channel calls of WeChat-style OAuth 2.0, shared by the browser flow's handler and the mobile flow:
/// the code for an access token (<c>GET token?appid=…&amp;secret=…&amp;code=…&amp;grant_type=authorization_code</c>),
/// then the profile (<c>GET userinfo?access_token=…&amp;openid=…</c>). WeChat reports errors as
/// <c>{errcode, errmsg}</c> with HTTP 200, so a body is an answer only when it carries the fields asked for.
/// </summary>
public sealed partial class WeChatApi(IHttpClientFactory httpClients, ILogger<WeChatApi> logger)
{
    private const int MaxBodyBytes = 64 * 1024;

    /// <summary>Redeems <paramref name="code"/> (it works once at the provider); null when the provider refuses it.</summary>
    public async Task<WeChatAccessToken?> RedeemCodeAsync(OidcProvider provider, string code, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        if (string.IsNullOrEmpty(code) || code.Length > 512 || provider.TokenEndpoint is null)
        {
            return null;
        }

        var url = QueryHelpers.AddQueryString(provider.TokenEndpoint, new Dictionary<string, string?>
        {
            ["appid"] = provider.ClientId,
            ["secret"] = provider.ClientSecret(DateTimeOffset.UtcNow),
            ["code"] = code,
            ["grant_type"] = "authorization_code",
        });
        using var body = await GetJsonAsync(provider, url, "token", cancellationToken);
        if (body is null || Text(body.RootElement, "access_token") is not { } accessToken || Text(body.RootElement, "openid") is not { } openId)
        {
            return null;
        }

        var root = body.RootElement;
        return new WeChatAccessToken(accessToken, openId, Text(root, "unionid"), Text(root, "refresh_token"),
            root.TryGetProperty("expires_in", out var expires) && expires.TryGetInt32(out var seconds) ? seconds : null, Text(root, "scope"));
    }

    /// <summary>
    /// The person behind <paramref name="token"/>: subject <see cref="WeChatAccessToken.Subject"/>, the nickname as the
    /// name, and no email (WeChat shares none). Null when the profile call fails or names another <c>openid</c>.
    /// </summary>
    public async Task<ExternalIdentity?> ProfileAsync(OidcProvider provider, WeChatAccessToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(token);
        if (provider.UserInfoEndpoint is null)
        {
            return null;
        }

        var url = QueryHelpers.AddQueryString(provider.UserInfoEndpoint, new Dictionary<string, string?>
        {
            ["access_token"] = token.AccessToken,
            ["openid"] = token.OpenId,
        });
        using var body = await GetJsonAsync(provider, url, "userinfo", cancellationToken);
        if (body is null || !string.Equals(Text(body.RootElement, "openid"), token.OpenId, StringComparison.Ordinal))
        {
            return null;
        }

        // The profile's unionid counts when the token answer had none (older apps get it only here).
        var subject = token.UnionId ?? Text(body.RootElement, "unionid") ?? token.OpenId;
        return new ExternalIdentity(provider.Name, subject, null, false, Text(body.RootElement, "nickname"), ProviderSharesEmail: false);
    }

    /// <summary>Both calls: the identity a code stands for, or null.</summary>
    public async Task<ExternalIdentity?> SignInAsync(OidcProvider provider, string code, CancellationToken cancellationToken) =>
        await RedeemCodeAsync(provider, code, cancellationToken) is { } token ? await ProfileAsync(provider, token, cancellationToken) : null;

    private async Task<JsonDocument?> GetJsonAsync(OidcProvider provider, string url, string call, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClients.CreateClient(ProviderTokenValidator.HttpClientName).GetAsync(new Uri(url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxBodyBytes)
            {
                LogRefused(logger, provider.Name, call, $"HTTP {(int)response.StatusCode}");
                return null;
            }

            var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                body.Dispose();
                LogRefused(logger, provider.Name, call, "not an object");
                return null;
            }

            if (body.RootElement.TryGetProperty("errcode", out var errcode) && errcode.ValueKind == JsonValueKind.Number && errcode.GetRawText() != "0")
            {
                // The code alone says what went wrong (40029 bad code, 40125 bad secret…); errmsg may echo what was sent.
                LogRefused(logger, provider.Name, call, $"errcode {errcode.GetRawText()}");
                body.Dispose();
                return null;
            }

            return body;
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogRefused(logger, provider.Name, call, e.GetType().Name);
            return null;
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in provider {Provider} refused the {Call} call ({Reason})")]
    private static partial void LogRefused(ILogger logger, string provider, string call, string reason);
}
