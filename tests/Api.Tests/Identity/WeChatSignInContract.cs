using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support.Oidc;
using Headless.Api.Tests.Support.WeChat;
using Headless.Infrastructure.Persistence;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// WeChat-style OAuth 2.0 sign-in end to end against the loopback <see cref="WeChatTestProvider"/>, run on each
/// database: the browser flow (start → authorize with <c>appid</c> and <c>#wechat_redirect</c> → callback → one-time
/// code → <c>exchangeSignInCode</c>) and the mobile flow (<c>signInWithProvider</c> with the code the SDK gave the app).
/// </summary>
public abstract class WeChatSignInContract : IAsyncLifetime
{
    private const string AppId = "wx-test-app";
    private const string AppSecret = "wechat-secret-for-tests";
    private const string ReturnUrl = "http://shop.test/signed-in";

    private WeChatTestProvider _provider = null!;
    private OidcSignInHost _host = null!;
    private HttpClient _api = null!;

    protected abstract Task<(string Provider, string ConnectionString)> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _provider = await WeChatTestProvider.StartAsync();
        var (database, connectionString) = await CreateDatabaseAsync();
        var settings = new Dictionary<string, string>
        {
            ["Authentication:ExternalSignIn:AllowedReturnUrls:0"] = ReturnUrl,
        };
        foreach (var (name, secret) in new[] { ("wechat", AppSecret), ("wechat-stale", "a-secret-the-provider-does-not-know") })
        {
            settings[$"Authentication:Oidc:{name}:Preset"] = "WeChat";
            settings[$"Authentication:Oidc:{name}:ClientId"] = AppId;
            settings[$"Authentication:Oidc:{name}:ClientSecret"] = secret;
            settings[$"Authentication:Oidc:{name}:AuthorizationEndpoint"] = _provider.AuthorizationEndpoint;
            settings[$"Authentication:Oidc:{name}:TokenEndpoint"] = _provider.TokenEndpoint;
            settings[$"Authentication:Oidc:{name}:UserInfoEndpoint"] = _provider.UserInfoEndpoint;
        }

        _host = new OidcSignInHost(database, connectionString, settings);
        _api = _host.CreateSocketClient();
        // The app's one registered redirect (WeChat checks the domain; this one checks the path too).
        _provider.RegisterApp(AppId, AppSecret, new Uri(_host.Address, "/auth/oidc/wechat/callback"));
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        await DropDatabaseAsync();
    }

    [Fact]
    public async Task TheBrowserFlowSignsInAtWeChatAndCreatesAnAccountWithoutEmailKeyedByTheUnionId()
    {
        _provider.User = new WeChatTestUser("person-1", "Xiao Ming", UnionId: "union-person-1");

        var hops = await FollowAsync("wechat");

        var authorize = hops[0];
        Assert.StartsWith(_provider.AuthorizationEndpoint + "?", authorize.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal("#wechat_redirect", authorize.Fragment);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(AppId, query["appid"].ToString());
        Assert.False(query.ContainsKey("client_id"));
        Assert.Equal("snsapi_login", query["scope"].ToString());
        Assert.True(query["state"].ToString().Length <= 128);
        Assert.Equal(1, _provider.AuthorizationRequests);
        var landing = hops[^1];
        Assert.StartsWith(ReturnUrl + "?code=", landing.AbsoluteUri, StringComparison.Ordinal);

        var exchanged = await ExchangeAsync(QueryHelpers.ParseQuery(landing.Query)["code"].ToString());
        Assert.Empty(exchanged["errors"]!.AsArray());
        var me = await MeAsync(exchanged["accessToken"]!.GetValue<string>());
        Assert.Equal(string.Empty, me["email"]!.GetValue<string>());
        Assert.False(me["emailVerified"]!.GetValue<bool>());
        Assert.Equal("Xiao", me["firstName"]!.GetValue<string>());
        Assert.Equal("Ming", me["lastName"]!.GetValue<string>());
        Assert.Equal(["union-person-1"], await LinkedSubjectsAsync("wechat"));

        var again = await ExchangeAsync(QueryHelpers.ParseQuery((await FollowAsync("wechat"))[^1].Query)["code"].ToString());
        Assert.Equal(me["id"]!.GetValue<string>(), again["customer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task WithoutAUnionIdTheOpenIdIsTheAccountKey()
    {
        var person = new WeChatTestUser("person-2", "Li", UnionId: null);
        _provider.User = person;

        var signedIn = await SignInWithProviderAsync(new { provider = "wechat", code = _provider.IssueCodeForApp(AppId) });

        Assert.Empty(signedIn["errors"]!.AsArray());
        Assert.Equal([WeChatTestProvider.OpenIdOf(AppId, person)], await LinkedSubjectsAsync("wechat"));
    }

    [Fact]
    public async Task TheMobileFlowRedeemsTheAppsCodeOnceAndSignsInTheSameCustomerAgain()
    {
        _provider.User = new WeChatTestUser("person-3", "Wang Fang", UnionId: "union-person-3");
        var code = _provider.IssueCodeForApp(AppId);

        var first = await SignInWithProviderAsync(new { provider = "wechat", code });
        var replayed = await SignInWithProviderAsync(new { provider = "wechat", code });
        var second = await SignInWithProviderAsync(new { provider = "wechat", code = _provider.IssueCodeForApp(AppId) });

        Assert.Empty(first["errors"]!.AsArray());
        Assert.NotNull(first["refreshToken"]?.GetValue<string>());
        Assert.Equal(string.Empty, first["customer"]!["email"]!.GetValue<string>());
        Assert.Equal("INVALID_PROVIDER_TOKEN", replayed["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(replayed["accessToken"]);
        Assert.Equal(first["customer"]!["id"]!.GetValue<string>(), second["customer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnAccountWithoutEmailDeletesItselfWithItsSessionAndTheNextSignInStartsAfresh()
    {
        _provider.User = new WeChatTestUser("person-6", "Zhou", UnionId: "union-person-6");
        var first = await SignInWithProviderAsync(new { provider = "wechat", code = _provider.IssueCodeForApp(AppId) });
        using var client = new HttpClient { BaseAddress = _host.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", first["accessToken"]!.GetValue<string>());

        var deleted = (await client.DataAsync(
            "mutation { deleteMyAccount(input: { password: \"\" }) { deleted errors { code } } }"))["deleteMyAccount"]!;
        var next = await SignInWithProviderAsync(new { provider = "wechat", code = _provider.IssueCodeForApp(AppId) });

        Assert.True(deleted["deleted"]!.GetValue<bool>(), deleted.ToJsonString());
        Assert.Empty(next["errors"]!.AsArray());
        Assert.NotEqual(first["customer"]!["id"]!.GetValue<string>(), next["customer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheMobileFlowRefusesAnUnknownCodeAMissingCodeAndAnIdToken()
    {
        Assert.Equal("INVALID_PROVIDER_TOKEN", await ErrorOfAsync(new { provider = "wechat", code = "not-a-code-wechat-issued" }));
        Assert.Equal("INVALID_PROVIDER_TOKEN", await ErrorOfAsync(new { provider = "wechat", idToken = "eyJhbGciOiJub25lIn0.e30.", nonce = "n" }));
        Assert.Equal(1, _provider.TokenRequests);
    }

    [Fact]
    public async Task AWrongAppSecretFailsBothFlowsWithoutAnAccount()
    {
        _provider.User = new WeChatTestUser("person-4", "Zhao", UnionId: "union-person-4");
        _provider.RegisterApp(AppId, AppSecret, new Uri(_host.Address, "/auth/oidc/wechat-stale/callback"));

        var mobile = await ErrorOfAsync(new { provider = "wechat-stale", code = _provider.IssueCodeForApp(AppId) });
        var hops = await FollowAsync("wechat-stale");

        Assert.Equal("INVALID_PROVIDER_TOKEN", mobile);
        Assert.Equal(ReturnUrl + "?error=PROVIDER_SIGN_IN_FAILED", hops[^1].AbsoluteUri);
        Assert.Equal(2, _provider.TokenRequests);
        Assert.Empty(await LinkedSubjectsAsync("wechat-stale"));
    }

    [Fact]
    public async Task ACallbackWithoutItsStateCookieIsRefused()
    {
        _provider.User = new WeChatTestUser("person-5", "Sun", UnionId: "union-person-5");
        var hops = await FollowAsync("wechat", stopAtCallback: true);
        var callback = hops[^1];

        // Another browser (no cookies) presents the same callback: the state names a cookie it does not have.
        using var stranger = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var response = await stranger.GetAsync(callback);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("code=", response.Headers.Location?.AbsoluteUri ?? string.Empty, StringComparison.Ordinal);
        Assert.Empty(await LinkedSubjectsAsync("wechat"));
    }

    /// <summary>Follows redirects as a browser would (cookies kept) until the storefront's return URL, or the callback.</summary>
    private async Task<List<Uri>> FollowAsync(string provider, bool stopAtCallback = false)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        var hops = new List<Uri>();
        var next = new Uri(_host.Address, $"/auth/oidc/{provider}/start?returnUrl={Uri.EscapeDataString(ReturnUrl)}");
        for (var i = 0; i < 10; i++)
        {
            using var response = await browser.GetAsync(next);
            if (response.Headers.Location is not { } location)
            {
                throw new InvalidOperationException($"{next} answered {(int)response.StatusCode} without a redirect: {await response.Content.ReadAsStringAsync()}");
            }

            next = location.IsAbsoluteUri ? location : new Uri(next, location);
            hops.Add(next);
            if (stopAtCallback && next.AbsolutePath.EndsWith("/callback", StringComparison.Ordinal))
            {
                return hops;
            }

            if (next.Authority != _host.Address.Authority && next.Authority != _provider.Address.Authority)
            {
                return hops;
            }
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", hops));
    }

    private async Task<List<string>> LinkedSubjectsAsync(string provider)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HeadlessDbContext>();
        return await db.ExternalLogins.AsNoTracking().Where(l => l.Provider == provider).Select(l => l.Subject).ToListAsync();
    }

    private async Task<JsonObject> ExchangeAsync(string code) =>
        (await _api.DataAsync(
            "mutation($input: ExchangeSignInCodeInput!) { exchangeSignInCode(input: $input) { accessToken refreshToken customer { id email } errors { code message field } } }",
            new { input = new { code } }))["exchangeSignInCode"]!.AsObject();

    private async Task<JsonObject> SignInWithProviderAsync(object input) =>
        (await _api.DataAsync(
            "mutation($input: SignInWithProviderInput!) { signInWithProvider(input: $input) { accessToken refreshToken customer { id email } errors { code message field } } }",
            new { input }))["signInWithProvider"]!.AsObject();

    private async Task<string> ErrorOfAsync(object input)
    {
        var errors = (await SignInWithProviderAsync(input))["errors"]!.AsArray();
        return errors.Count == 0 ? string.Empty : errors[0]!["code"]!.GetValue<string>();
    }

    private async Task<JsonObject> MeAsync(string accessToken)
    {
        using var client = new HttpClient { BaseAddress = _host.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return (await client.DataAsync("{ me { id email emailVerified firstName lastName } }"))["me"]!.AsObject();
    }
}
