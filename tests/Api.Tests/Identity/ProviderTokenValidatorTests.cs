using System.Security.Cryptography;
using Headless.Api.Identity.Oidc;
using Headless.Api.Tests.Support.Oidc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Headless.Api.Tests.Identity;

/// <summary>
/// The mobile flow's validation of ID tokens and codes, against tokens the local OpenID Connect provider really
/// issued through a code + PKCE exchange (and, for expiry and a foreign key, tokens minted beside it).
/// </summary>
public sealed class ProviderTokenValidatorTests : IAsyncLifetime
{
    private static readonly Uri AppRedirect = new("com.example.app:/oauth2redirect");
    private OidcTestProvider _provider = null!;
    private OidcProvider _configured = null!;
    private ProviderTokenValidator _validator = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _provider = await OidcTestProvider.StartAsync();
        await _provider.RegisterClientAsync("shop", "shop-secret", AppRedirect);
        await _provider.RegisterClientAsync("other-app", "other-secret", AppRedirect);
        _configured = OidcProviders.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Oidc:local:Authority"] = _provider.Authority,
            ["Authentication:Oidc:local:ClientId"] = "shop",
            ["Authentication:Oidc:local:ClientSecret"] = "shop-secret",
        }).Build(), isDevelopment: true).Find("local")!;
        _services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        _validator = new ProviderTokenValidator(_services.GetRequiredService<IHttpClientFactory>(), new DevelopmentEnvironment(), TimeProvider.System, NullLogger<ProviderTokenValidator>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task AnIdTokenFromTheProviderForThisClientAndNonceGivesTheProvidersIdentity()
    {
        _provider.User = new OidcTestUser("subject-7", "lin@example.com", EmailVerified: true, "Lin");
        var tokens = await OidcCodeGrant.SignInAsync(_provider, "shop", "shop-secret", AppRedirect, nonce: "nonce-1");

        var identity = await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, "nonce-1", requireNonce: true, CancellationToken.None);

        Assert.Equal(new ExternalIdentity("local", "subject-7", "lin@example.com", EmailVerified: true, "Lin"), identity);
    }

    [Fact]
    public async Task AnUnverifiedEmailIsReadAsUnverified()
    {
        _provider.User = new OidcTestUser("subject-8", "kim@example.com", EmailVerified: false);
        var tokens = await OidcCodeGrant.SignInAsync(_provider, "shop", "shop-secret", AppRedirect, nonce: "nonce-2");

        var identity = await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, "nonce-2", requireNonce: true, CancellationToken.None);

        Assert.False(identity!.EmailVerified);
    }

    [Fact]
    public async Task AnIdTokenIssuedToAnotherClientIsRefused()
    {
        var tokens = await OidcCodeGrant.SignInAsync(_provider, "other-app", "other-secret", AppRedirect, nonce: "nonce-3");

        Assert.Null(await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, "nonce-3", requireNonce: true, CancellationToken.None));
    }

    [Fact]
    public async Task AWrongOrMissingNonceIsRefused()
    {
        var tokens = await OidcCodeGrant.SignInAsync(_provider, "shop", "shop-secret", AppRedirect, nonce: "nonce-4");

        Assert.Null(await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, "nonce-5", requireNonce: true, CancellationToken.None));
        Assert.Null(await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, null, requireNonce: true, CancellationToken.None));
        Assert.NotNull(await _validator.ValidateIdTokenAsync(_configured, tokens.IdToken!, "nonce-4", requireNonce: true, CancellationToken.None));
    }

    [Fact]
    public async Task AnExpiredIdTokenSignedByTheProvidersKeyIsRefused()
    {
        var expired = Mint(_provider.SigningKey, issuedAgo: TimeSpan.FromHours(2), lifetime: TimeSpan.FromHours(1));
        var fresh = Mint(_provider.SigningKey, issuedAgo: TimeSpan.Zero, lifetime: TimeSpan.FromHours(1));

        Assert.Null(await _validator.ValidateIdTokenAsync(_configured, expired, "nonce-6", requireNonce: true, CancellationToken.None));
        Assert.NotNull(await _validator.ValidateIdTokenAsync(_configured, fresh, "nonce-6", requireNonce: true, CancellationToken.None));
    }

    [Fact]
    public async Task AnIdTokenSignedWithAKeyTheProviderDoesNotPublishIsRefused()
    {
        using var rsa = RSA.Create(2048);
        var forged = Mint(new RsaSecurityKey(rsa) { KeyId = _provider.SigningKey.KeyId }, issuedAgo: TimeSpan.Zero, lifetime: TimeSpan.FromHours(1));

        Assert.Null(await _validator.ValidateIdTokenAsync(_configured, forged, "nonce-6", requireNonce: true, CancellationToken.None));
    }

    [Fact]
    public async Task AnAppsCodeIsRedeemedWithItsVerifierAndOnlyWithIt()
    {
        _provider.User = new OidcTestUser("subject-9", "noor@example.com", EmailVerified: true);
        var verifier = OidcCodeGrant.NewCodeVerifier();
        var first = await OidcCodeGrant.AuthorizeAsync(_provider, "shop", AppRedirect, OidcCodeGrant.CodeChallenge(verifier), nonce: null);
        var second = await OidcCodeGrant.AuthorizeAsync(_provider, "shop", AppRedirect, OidcCodeGrant.CodeChallenge(verifier), nonce: null);

        Assert.Null(await _validator.RedeemCodeAsync(_configured, first.Code!, OidcCodeGrant.NewCodeVerifier(), AppRedirect.AbsoluteUri, null, CancellationToken.None));
        var identity = await _validator.RedeemCodeAsync(_configured, second.Code!, verifier, AppRedirect.AbsoluteUri, null, CancellationToken.None);
        Assert.Equal("subject-9", identity?.Subject);
        // A code works once.
        Assert.Null(await _validator.RedeemCodeAsync(_configured, second.Code!, verifier, AppRedirect.AbsoluteUri, null, CancellationToken.None));
    }

    private string Mint(SecurityKey key, TimeSpan issuedAgo, TimeSpan lifetime)
    {
        var issued = DateTime.UtcNow - issuedAgo;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _provider.Authority,
            Audience = "shop",
            Claims = new Dictionary<string, object> { ["sub"] = "subject-minted", ["nonce"] = "nonce-6" },
            IssuedAt = issued,
            NotBefore = issued,
            Expires = issued + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    private sealed class DevelopmentEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = Environments.Development;

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
