using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Headless.Tests.Shared;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace Headless.Api.Tests.Support.WeChat;

/// <summary>
/// A WeChat-style OAuth 2.0 provider on a free loopback port, behaving as WeChat documents it: the authorize page
/// (<c>appid</c>, registered redirect URI, <c>response_type=code</c>, scopes, a state of at most 128 bytes) consents
/// at once for <see cref="User"/> and redirects with a code; the access-token endpoint checks <c>appid</c> and
/// <c>secret</c> and redeems a code once, within five minutes; the userinfo endpoint needs a live access token and
/// its <c>openid</c>. Every error is <c>{errcode, errmsg}</c> with HTTP 200, WeChat's way. No ID token, no discovery.
/// </summary>
public sealed class WeChatTestProvider : IAsyncDisposable
{
    public const string AuthorizePath = "/connect/qrconnect";
    public const string TokenPath = "/sns/oauth2/access_token";
    public const string UserInfoPath = "/sns/userinfo";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (string Secret, Uri RedirectUri)> _apps = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new(StringComparer.Ordinal);
    private int _authorizationRequests;
    private int _tokenRequests;

    private WeChatTestProvider(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public string AuthorizationEndpoint => new Uri(Address, AuthorizePath).AbsoluteUri;

    public string TokenEndpoint => new Uri(Address, TokenPath).AbsoluteUri;

    public string UserInfoEndpoint => new Uri(Address, UserInfoPath).AbsoluteUri;

    /// <summary>Who is signed in at the provider; the next authorization consents for this user.</summary>
    public WeChatTestUser User { get; set; } = new("user-1", "小明", UnionId: "union-1");

    public int AuthorizationRequests => _authorizationRequests;

    public int TokenRequests => _tokenRequests;

    /// <summary>The query of the last authorization request (as the browser sent it; a fragment never reaches a server).</summary>
    public IReadOnlyDictionary<string, string> LastAuthorizationQuery { get; private set; } = new Dictionary<string, string>();

    public static async Task<WeChatTestProvider> StartAsync()
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Next()}/");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls(address.AbsoluteUri.TrimEnd('/'));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new WeChatTestProvider(app, address);
        app.MapGet(AuthorizePath, (HttpContext context) => provider.Authorize(context));
        app.MapGet(TokenPath, (HttpContext context) => provider.Token(context));
        app.MapGet(UserInfoPath, (HttpContext context) => provider.UserInfo(context));
        await app.StartAsync();
        return provider;
    }

    /// <summary>Registers an app: its id, its secret and the one redirect URI (scheme, host, port and path) codes go to.</summary>
    public void RegisterApp(string appId, string secret, Uri redirectUri) => _apps[appId] = (secret, redirectUri);

    /// <summary>A code for <see cref="User"/> at <paramref name="appId"/>, as the mobile SDK hands one to the app.</summary>
    public string IssueCodeForApp(string appId) => NewCode(appId, User);

    /// <summary>The openid WeChat gives <paramref name="user"/> at <paramref name="appId"/>: stable per (app, user), different across apps.</summary>
    public static string OpenIdOf(string appId, WeChatTestUser user) =>
        "o" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{appId}/{user.Key}")))[..27];

    private IResult Authorize(HttpContext context)
    {
        Interlocked.Increment(ref _authorizationRequests);
        var query = context.Request.Query;
        LastAuthorizationQuery = query.ToDictionary(q => q.Key, q => q.Value.ToString());
        string? Get(string name) => query.TryGetValue(name, out var value) ? value.ToString() : null;
        if (Get("appid") is not { } appId || !_apps.TryGetValue(appId, out var app))
        {
            return Page("参数错误: appid");
        }

        if (!Uri.TryCreate(Get("redirect_uri"), UriKind.Absolute, out var redirect)
            || !string.Equals(redirect.GetLeftPart(UriPartial.Path), app.RedirectUri.GetLeftPart(UriPartial.Path), StringComparison.Ordinal))
        {
            return Page("redirect_uri 参数错误");
        }

        if (Get("response_type") != "code" || Get("scope") is not { Length: > 0 } scope || !scope.Split(',').Contains("snsapi_login"))
        {
            return Page("scope 参数错误");
        }

        var state = Get("state");
        if (state is not null && Encoding.UTF8.GetByteCount(state) > 128)
        {
            return Page("state 参数过长");
        }

        var code = NewCode(appId, User);
        return Results.Redirect(QueryHelpers.AddQueryString(redirect.AbsoluteUri, new Dictionary<string, string?> { ["code"] = code, ["state"] = state }));
    }

    private IResult Token(HttpContext context)
    {
        Interlocked.Increment(ref _tokenRequests);
        var query = context.Request.Query;
        if (query["grant_type"] != "authorization_code")
        {
            return Error(40002, "invalid grant_type");
        }

        if (!_apps.TryGetValue(query["appid"].ToString(), out var app))
        {
            return Error(40013, "invalid appid");
        }

        if (!string.Equals(app.Secret, query["secret"].ToString(), StringComparison.Ordinal))
        {
            return Error(40125, "invalid appsecret");
        }

        // Taken out on first use: a second redemption of the same code finds nothing (WeChat's 40163 "code been used").
        if (!_codes.TryRemove(query["code"].ToString(), out var issued) || issued.AppId != query["appid"].ToString())
        {
            return Error(40029, "invalid code");
        }

        if (issued.ExpiresAt < DateTimeOffset.UtcNow)
        {
            return Error(40029, "invalid code");
        }

        var accessToken = Random();
        var openId = OpenIdOf(issued.AppId, issued.User);
        _tokens[accessToken] = new IssuedToken(issued.AppId, issued.User, openId, DateTimeOffset.UtcNow.AddHours(2));
        var answer = new Dictionary<string, object>
        {
            ["access_token"] = accessToken,
            ["expires_in"] = 7200,
            ["refresh_token"] = Random(),
            ["openid"] = openId,
            ["scope"] = "snsapi_login",
        };
        if (issued.User.UnionId is { } union)
        {
            answer["unionid"] = union;
        }

        return Results.Json(answer);
    }

    private IResult UserInfo(HttpContext context)
    {
        var query = context.Request.Query;
        if (!_tokens.TryGetValue(query["access_token"].ToString(), out var token) || token.ExpiresAt < DateTimeOffset.UtcNow)
        {
            return Error(40001, "invalid credential, access_token is invalid or not latest");
        }

        if (query["openid"] != token.OpenId)
        {
            return Error(40003, "invalid openid");
        }

        var answer = new Dictionary<string, object>
        {
            ["openid"] = token.OpenId,
            ["nickname"] = token.User.Nickname,
            ["sex"] = 0,
            ["province"] = "",
            ["city"] = "",
            ["country"] = "CN",
            ["headimgurl"] = "",
            ["privilege"] = Array.Empty<string>(),
        };
        if (token.User.UnionId is { } union)
        {
            answer["unionid"] = union;
        }

        return Results.Json(answer);
    }

    private string NewCode(string appId, WeChatTestUser user)
    {
        var code = Random();
        _codes[code] = new IssuedCode(appId, user, DateTimeOffset.UtcNow.AddMinutes(5));
        return code;
    }

    private static string Random() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    private static IResult Error(int code, string message) => Results.Json(new { errcode = code, errmsg = message });

    // WeChat shows an error page (HTTP 200) rather than redirecting on a bad request.
    private static IResult Page(string message) => Results.Content($"<html><body>{message}</body></html>", "text/html; charset=utf-8");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed record IssuedCode(string AppId, WeChatTestUser User, DateTimeOffset ExpiresAt);

    private sealed record IssuedToken(string AppId, WeChatTestUser User, string OpenId, DateTimeOffset ExpiresAt);
}
