using System.Net;
using System.Text.Json.Nodes;
using Headless.Api.Tests.Storefront;
using Headless.Api.Tests.Support.Oidc;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// Provider sign-in end to end against the local OpenIddict provider, run on each database: the browser flow
/// (start → provider → callback → storefront with a one-time code → <c>exchangeSignInCode</c> → <c>me</c>) driven by a
/// cookie-keeping HttpClient hop by hop, and the mobile flow with ID tokens and codes the provider really issued.
/// </summary>
public abstract class OidcSignInContract : IAsyncLifetime
{
    private const string WebClient = "headless-web";
    private const string WebSecret = "web-secret-for-tests";
    private const string ReturnUrl = "http://shop.test/signed-in";
    private static readonly Uri AppRedirect = new("com.example.shop:/oauth2redirect");

    private OidcTestProvider _provider = null!;
    private OidcSignInHost _host = null!;
    private HttpClient _api = null!;
    private readonly List<string> _setCookies = [];
    private string _databaseProvider = null!;
    private string _connectionString = null!;
    private Dictionary<string, string> _settings = null!;

    /// <summary>The database provider name and a connection string to a fresh database.</summary>
    protected abstract Task<(string Provider, string ConnectionString)> CreateDatabaseAsync();

    protected virtual Task DropDatabaseAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _provider = await OidcTestProvider.StartAsync();
        (_databaseProvider, _connectionString) = await CreateDatabaseAsync();
        _settings = new Dictionary<string, string>
        {
            ["Authentication:Oidc:local:Authority"] = _provider.Authority,
            ["Authentication:Oidc:local:ClientId"] = WebClient,
            ["Authentication:Oidc:local:ClientSecret"] = WebSecret,
            ["Authentication:ExternalSignIn:AllowedReturnUrls:0"] = ReturnUrl,
        };
        _host = new OidcSignInHost(_databaseProvider, _connectionString, _settings);
        _api = _host.CreateSocketClient();
        await _provider.RegisterClientAsync(WebClient, WebSecret, new Uri(_host.Address, "/auth/oidc/local/callback"), AppRedirect);
        await _provider.RegisterClientAsync("another-shop", "another-secret", AppRedirect);
    }

    public async Task DisposeAsync()
    {
        _api.Dispose();
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
        await DropDatabaseAsync();
    }

    [Fact]
    public async Task TheBrowserFlowSignsInAtTheProviderAndHandsTheStorefrontAOneTimeCodeNotTokens()
    {
        _provider.User = new OidcTestUser("web-user-1", "ines@example.com", EmailVerified: true, "Ines Duarte");

        var hops = await FollowAsync(new Uri(_host.Address, $"/auth/oidc/local/start?returnUrl={Uri.EscapeDataString(ReturnUrl)}"));

        Assert.Equal(1, _provider.AuthorizationRequests);
        Assert.StartsWith(_provider.Authority, hops[0].AbsoluteUri, StringComparison.Ordinal);
        Assert.StartsWith(new Uri(_host.Address, "/auth/oidc/local/callback").AbsoluteUri, hops[1].AbsoluteUri, StringComparison.Ordinal);
        var landing = hops[^1];
        Assert.StartsWith(ReturnUrl + "?code=", landing.AbsoluteUri, StringComparison.Ordinal);
        Assert.DoesNotContain("token", landing.AbsoluteUri, StringComparison.OrdinalIgnoreCase);
        var code = QueryHelpers.ParseQuery(landing.Query)["code"].ToString();

        var exchanged = await ExchangeAsync(code);
        Assert.Empty(exchanged["errors"]!.AsArray());
        var me = await MeAsync(exchanged["accessToken"]!.GetValue<string>());
        Assert.Equal("ines@example.com", me["email"]!.GetValue<string>());
        Assert.True(me["emailVerified"]!.GetValue<bool>());
        Assert.Equal("Ines", me["firstName"]!.GetValue<string>());
        Assert.Equal(exchanged["customer"]!["id"]!.GetValue<string>(), me["id"]!.GetValue<string>());

        var again = await ExchangeAsync(code);
        Assert.Equal("INVALID_TOKEN", again["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Null(again["accessToken"]);

        // Browsers drop SameSite=None cookies that are not Secure, which a plain-HTTP callback could never send back.
        var flowCookies = _setCookies.Where(c => c.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal) || c.StartsWith(".AspNetCore.OpenIdConnect.Nonce.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(flowCookies);
        Assert.All(flowCookies, c => Assert.Contains("samesite=lax", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ACodeFromTheCallbackOnOneInstanceIsRedeemedOnceOnAnotherSharingTheDatabase()
    {
        _provider.User = new OidcTestUser("web-user-3", "lena@example.com", EmailVerified: true);
        await using var other = new OidcSignInHost(_databaseProvider, _connectionString, _settings);
        using var otherApi = other.CreateSocketClient();

        var hops = await FollowAsync(new Uri(_host.Address, $"/auth/oidc/local/start?returnUrl={Uri.EscapeDataString(ReturnUrl)}"));
        var code = QueryHelpers.ParseQuery(hops[^1].Query)["code"].ToString();

        var exchanged = await ExchangeAsync(code, otherApi);
        Assert.Empty(exchanged["errors"]!.AsArray());
        Assert.Equal("lena@example.com", exchanged["customer"]!["email"]!.GetValue<string>());
        var again = await ExchangeAsync(code);
        Assert.Equal("INVALID_TOKEN", again["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task ASecondBrowserSignInOfTheSamePersonIsTheSameCustomer()
    {
        _provider.User = new OidcTestUser("web-user-2", "omar@example.com", EmailVerified: true);
        var first = await BrowserSignInAsync();
        var second = await BrowserSignInAsync();

        Assert.Equal(first["customer"]!["id"]!.GetValue<string>(), second["customer"]!["id"]!.GetValue<string>());
        Assert.NotEqual(first["refreshToken"]!.GetValue<string>(), second["refreshToken"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://evil.example/signed-in")]
    [InlineData("//evil.example/signed-in")]
    [InlineData("http://shop.test.evil.example/signed-in")]
    [InlineData("")]
    public async Task StartRefusesAReturnUrlOutsideTheAllowListWithoutVisitingTheProvider(string returnUrl)
    {
        using var response = await _api.GetAsync(new Uri($"/auth/oidc/local/start?returnUrl={Uri.EscapeDataString(returnUrl)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("RETURN_URL_NOT_ALLOWED", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, _provider.AuthorizationRequests);
    }

    [Fact]
    public async Task StartOfAnUnknownProviderIs404()
    {
        using var response = await _api.GetAsync(new Uri($"/auth/oidc/nobody/start?returnUrl={Uri.EscapeDataString(ReturnUrl)}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("UNKNOWN_PROVIDER", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMobileFlowSignsInWithAnIdTokenFromARealCodeExchangeAndAgainAsTheSameCustomer()
    {
        _provider.User = new OidcTestUser("app-user-1", "ada@example.com", EmailVerified: true, "Ada Lovelace");
        var first = await OidcCodeGrant.SignInAsync(_provider, WebClient, WebSecret, AppRedirect, nonce: "nonce-a1");
        var second = await OidcCodeGrant.SignInAsync(_provider, WebClient, WebSecret, AppRedirect, nonce: "nonce-a2");

        var signedIn = await SignInWithProviderAsync(new { provider = "local", idToken = first.IdToken, nonce = "nonce-a1" });
        Assert.Empty(signedIn["errors"]!.AsArray());
        Assert.NotNull(signedIn["refreshToken"]?.GetValue<string>());
        Assert.NotNull(signedIn["expiresAt"]?.GetValue<string>());
        var me = await MeAsync(signedIn["accessToken"]!.GetValue<string>());
        Assert.Equal("ada@example.com", me["email"]!.GetValue<string>());

        var again = await SignInWithProviderAsync(new { provider = "local", idToken = second.IdToken, nonce = "nonce-a2" });
        Assert.Equal(me["id"]!.GetValue<string>(), again["customer"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheMobileFlowRedeemsAnAppsCodeWithItsVerifier()
    {
        _provider.User = new OidcTestUser("app-user-2", "noor@example.com", EmailVerified: true);
        var verifier = OidcCodeGrant.NewCodeVerifier();
        var authorization = await OidcCodeGrant.AuthorizeAsync(_provider, WebClient, AppRedirect, OidcCodeGrant.CodeChallenge(verifier), nonce: null);

        var signedIn = await SignInWithProviderAsync(new { provider = "local", code = authorization.Code, codeVerifier = verifier, redirectUri = AppRedirect.AbsoluteUri });

        Assert.Empty(signedIn["errors"]!.AsArray());
        Assert.Equal("noor@example.com", signedIn["customer"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task TheMobileFlowRefusesAnotherClientsTokenAWrongNonceAnExpiredTokenAndAnUnknownProvider()
    {
        var foreign = await OidcCodeGrant.SignInAsync(_provider, "another-shop", "another-secret", AppRedirect, nonce: "nonce-b");
        var own = await OidcCodeGrant.SignInAsync(_provider, WebClient, WebSecret, AppRedirect, nonce: "nonce-c");
        var expired = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = _provider.Authority,
            Audience = WebClient,
            Claims = new Dictionary<string, object> { ["sub"] = "app-user-3", ["nonce"] = "nonce-d", ["email"] = "old@example.com", ["email_verified"] = true },
            IssuedAt = DateTime.UtcNow.AddHours(-3),
            NotBefore = DateTime.UtcNow.AddHours(-3),
            Expires = DateTime.UtcNow.AddHours(-2),
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(_provider.SigningKey, "RS256"),
        });

        Assert.Equal("INVALID_PROVIDER_TOKEN", await ErrorOfAsync(new { provider = "local", idToken = foreign.IdToken, nonce = "nonce-b" }));
        Assert.Equal("INVALID_PROVIDER_TOKEN", await ErrorOfAsync(new { provider = "local", idToken = own.IdToken, nonce = "nonce-x" }));
        Assert.Equal("INVALID_PROVIDER_TOKEN", await ErrorOfAsync(new { provider = "local", idToken = expired, nonce = "nonce-d" }));
        Assert.Equal("UNKNOWN_PROVIDER", await ErrorOfAsync(new { provider = "nobody", idToken = own.IdToken, nonce = "nonce-c" }));
        // The refusals did not spend the good token.
        Assert.Equal(string.Empty, await ErrorOfAsync(new { provider = "local", idToken = own.IdToken, nonce = "nonce-c" }));
    }

    [Fact]
    public async Task AVerifiedEmailLinksToTheExistingAccountAndAnUnverifiedOneIsRefused()
    {
        var signUp = await _api.DataAsync(
            "mutation($input: SignUpInput!) { signUp(input: $input) { customer { id } errors { code } } }",
            new { input = new { email = "mei@example.com", password = "correct horse battery staple" } });
        var accountId = signUp["signUp"]!["customer"]!["id"]!.GetValue<string>();

        _provider.User = new OidcTestUser("app-user-4", "Mei@Example.com", EmailVerified: false);
        var unverified = await OidcCodeGrant.SignInAsync(_provider, WebClient, WebSecret, AppRedirect, nonce: "nonce-e");
        Assert.Equal("EMAIL_NOT_VERIFIED", await ErrorOfAsync(new { provider = "local", idToken = unverified.IdToken, nonce = "nonce-e" }));

        _provider.User = new OidcTestUser("app-user-5", "Mei@Example.com", EmailVerified: true);
        var verified = await OidcCodeGrant.SignInAsync(_provider, WebClient, WebSecret, AppRedirect, nonce: "nonce-f");
        var linked = await SignInWithProviderAsync(new { provider = "local", idToken = verified.IdToken, nonce = "nonce-f" });
        Assert.Equal(accountId, linked["customer"]!["id"]!.GetValue<string>());
    }

    private async Task<JsonObject> BrowserSignInAsync()
    {
        var hops = await FollowAsync(new Uri(_host.Address, $"/auth/oidc/local/start?returnUrl={Uri.EscapeDataString(ReturnUrl)}"));
        return await ExchangeAsync(QueryHelpers.ParseQuery(hops[^1].Query)["code"].ToString());
    }

    /// <summary>
    /// Follows redirects as a browser would, keeping cookies, until one leaves both the provider and Headless (the
    /// storefront's return URL, which nothing serves here); every location on the way, in order.
    /// </summary>
    private async Task<List<Uri>> FollowAsync(Uri start)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() });
        var hops = new List<Uri>();
        var next = start;
        for (var i = 0; i < 10; i++)
        {
            using var response = await browser.GetAsync(next);
            if (response.Headers.Location is not { } location)
            {
                throw new InvalidOperationException($"{next} answered {(int)response.StatusCode} without a redirect: {await response.Content.ReadAsStringAsync()}");
            }

            next = location.IsAbsoluteUri ? location : new Uri(next, location);
            hops.Add(next);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                _setCookies.AddRange(cookies);
            }
            if (next.Authority != _host.Address.Authority && next.Authority != _provider.Issuer.Authority)
            {
                return hops;
            }
        }

        throw new InvalidOperationException("Too many redirects: " + string.Join(" → ", hops));
    }

    private async Task<JsonObject> ExchangeAsync(string code, HttpClient? api = null) =>
        (await (api ?? _api).DataAsync(
            "mutation($input: ExchangeSignInCodeInput!) { exchangeSignInCode(input: $input) { accessToken refreshToken expiresAt customer { id email } errors { code message field } } }",
            new { input = new { code } }))["exchangeSignInCode"]!.AsObject();

    private async Task<JsonObject> SignInWithProviderAsync(object input) =>
        (await _api.DataAsync(
            "mutation($input: SignInWithProviderInput!) { signInWithProvider(input: $input) { accessToken refreshToken expiresAt customer { id email } errors { code message field } } }",
            new { input }))["signInWithProvider"]!.AsObject();

    /// <summary>The first error's code, or empty when it signed in.</summary>
    private async Task<string> ErrorOfAsync(object input)
    {
        var payload = await SignInWithProviderAsync(input);
        var errors = payload["errors"]!.AsArray();
        return errors.Count == 0 ? string.Empty : errors[0]!["code"]!.GetValue<string>();
    }

    private async Task<JsonObject> MeAsync(string accessToken)
    {
        using var client = new HttpClient { BaseAddress = _host.Address };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        var data = await client.DataAsync("{ me { id email emailVerified firstName } }");
        return data["me"]!.AsObject();
    }
}
