using System.Text.Json;
using Headless.Api.Tests.Support.Oidc;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Api.Tests.Identity;

/// <summary>The local provider the OIDC tests sign in against behaves as a real one: discovery, PKCE, signed ID tokens.</summary>
public sealed class OidcTestProviderTests : IAsyncLifetime
{
    private static readonly Uri RedirectUri = new("com.example.app:/oauth2redirect");
    private OidcTestProvider _provider = null!;

    public async Task InitializeAsync()
    {
        _provider = await OidcTestProvider.StartAsync();
        await _provider.RegisterClientAsync("app", "app-secret", RedirectUri);
    }

    public async Task DisposeAsync() => await _provider.DisposeAsync();

    [Fact]
    public async Task DiscoveryPublishesTheCodeFlowWithPkceAndAKeySet()
    {
        using var http = new HttpClient();
        using var discovery = JsonDocument.Parse(await http.GetStringAsync(new Uri(_provider.Issuer, ".well-known/openid-configuration")));
        var root = discovery.RootElement;
        Assert.Equal(_provider.Authority, root.GetProperty("issuer").GetString());
        Assert.Contains("S256", root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("code", root.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        using var keys = JsonDocument.Parse(await http.GetStringAsync(new Uri(root.GetProperty("jwks_uri").GetString()!)));
        Assert.Contains(_provider.SigningKey.KeyId, keys.RootElement.GetProperty("keys").EnumerateArray().Select(k => k.GetProperty("kid").GetString()));
    }

    [Fact]
    public async Task ACodeRedeemedWithItsVerifierGivesAnIdTokenForTheSignedInUserSignedByTheTestKey()
    {
        _provider.User = new OidcTestUser("subject-42", "grace@example.com", EmailVerified: true, "Grace Hopper");
        var tokens = await OidcCodeGrant.SignInAsync(_provider, "app", "app-secret", RedirectUri, nonce: "n-0S6_WzA2Mj");

        var validation = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.IdToken, new TokenValidationParameters
        {
            ValidIssuer = _provider.Authority,
            ValidAudience = "app",
            IssuerSigningKey = _provider.SigningKey,
        });
        Assert.True(validation.IsValid, validation.Exception?.Message);
        Assert.Equal("subject-42", validation.Claims["sub"]);
        Assert.Equal("grace@example.com", validation.Claims["email"]);
        Assert.Equal(true, validation.Claims["email_verified"]);
        Assert.Equal("n-0S6_WzA2Mj", validation.Claims["nonce"]);
    }

    [Fact]
    public async Task ACodeRedeemedWithTheWrongVerifierIsRefused()
    {
        var authorization = await OidcCodeGrant.AuthorizeAsync(_provider, "app", RedirectUri, OidcCodeGrant.CodeChallenge(OidcCodeGrant.NewCodeVerifier()), nonce: null);
        Assert.NotNull(authorization.Code);

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            OidcCodeGrant.RedeemAsync(_provider, "app", "app-secret", RedirectUri, authorization.Code!, OidcCodeGrant.NewCodeVerifier()));
        Assert.Contains("invalid_grant", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAuthorizationRequestWithoutPkceIsRefused()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var url = new Uri(_provider.Issuer, $"connect/authorize?client_id=app&redirect_uri={Uri.EscapeDataString(RedirectUri.AbsoluteUri)}&response_type=code&scope=openid");
        using var response = await http.GetAsync(url);
        var location = response.Headers.Location?.ToString() ?? await response.Content.ReadAsStringAsync();
        Assert.Contains("invalid_request", location, StringComparison.Ordinal);
        Assert.DoesNotContain("code=", location, StringComparison.Ordinal);
    }
}
