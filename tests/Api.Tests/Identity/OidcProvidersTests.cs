using Headless.Api.Identity.Oidc;
using Microsoft.Extensions.Configuration;

namespace Headless.Api.Tests.Identity;

/// <summary>Provider settings are checked when the server starts, with presets filling what they know.</summary>
public sealed class OidcProvidersTests
{
    private static OidcProviders Load(bool isDevelopment, params (string Key, string Value)[] settings) =>
        OidcProviders.FromConfiguration(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Authentication:Oidc:{s.Key}", (string?)s.Value))).Build(),
            isDevelopment);

    [Fact]
    public void AGenericProviderTakesItsAuthorityClientAndScopesFromTheSettings()
    {
        var provider = Load(false, ("corp:Authority", "https://id.corp.example"), ("corp:ClientId", "shop"), ("corp:ClientSecret", "s3cret"), ("corp:Scopes", "openid email")).Find("corp")!;

        Assert.Equal(new Uri("https://id.corp.example"), provider.Authority);
        Assert.Equal(["openid", "email"], provider.Scopes);
        Assert.Equal("/auth/oidc/corp/callback", provider.CallbackPath);
        Assert.Equal("s3cret", provider.ClientSecret(DateTimeOffset.UtcNow));
        Assert.Equal("oidc:corp", provider.SchemeName);
    }

    [Fact]
    public void AnHttpAuthorityIsRefusedOutsideDevelopmentAndAllowedInIt()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Load(false, ("corp:Authority", "http://id.corp.example"), ("corp:ClientId", "shop")));
        Assert.Contains("Authentication:Oidc:corp:Authority must use HTTPS outside Development", refusal.Message, StringComparison.Ordinal);

        Assert.NotNull(Load(true, ("corp:Authority", "http://127.0.0.1:5999"), ("corp:ClientId", "shop")).Find("corp"));
    }

    [Fact]
    public void EveryMistakeIsListedAtOnce()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Load(false, ("corp:Scopes", "openid"), ("Bad_Name:ClientId", "x"), ("apple:Preset", "Apple"), ("apple:ClientId", "com.shop.web")));

        Assert.Contains("Authentication:Oidc:corp:ClientId is required", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:corp:Authority is required", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Authentication:Oidc:Bad_Name: a provider name", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("Apple needs AppleTeamId, AppleKeyId and ApplePrivateKey", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PresetsFillTheAuthorityScopesAndResponseMode()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var providers = Load(false,
            ("google:Preset", "Google"), ("google:ClientId", "g"),
            ("microsoft:Preset", "Microsoft"), ("microsoft:ClientId", "m"),
            ("apple:Preset", "Apple"), ("apple:ClientId", "com.shop.web"), ("apple:AppleTeamId", "TEAM123456"), ("apple:AppleKeyId", "KEY1234567"),
            ("apple:ApplePrivateKey", key.ExportPkcs8PrivateKeyPem()),
            ("wechat:Preset", "WeChat"), ("wechat:ClientId", "wx1"), ("wechat:ClientSecret", "app-secret"));

        Assert.Equal(new Uri("https://accounts.google.com"), providers.Find("google")!.Authority);
        Assert.Equal(new Uri("https://login.microsoftonline.com/common/v2.0"), providers.Find("microsoft")!.Authority);
        var apple = providers.Find("apple")!;
        Assert.Equal(new Uri("https://appleid.apple.com"), apple.Authority);
        Assert.True(apple.UsesFormPost);
        Assert.False(apple.UsesUserInfoEndpoint);
        Assert.Equal(["openid", "name", "email"], apple.Scopes);
        var wechat = providers.Find("wechat")!;
        Assert.False(wechat.IssuesIdTokens);
        Assert.Equal("https://api.weixin.qq.com/sns/oauth2/access_token", wechat.TokenEndpoint);
        Assert.Equal(["snsapi_login"], wechat.Scopes);
        Assert.True(wechat.UsesOAuth2Profile);
        Assert.False(wechat.SharesEmail);
    }

    [Fact]
    public void AWeChatProviderNeedsItsAppSecret()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => Load(false, ("wechat:Preset", "WeChat"), ("wechat:ClientId", "wx1")));

        Assert.Contains("Authentication:Oidc:wechat:ClientSecret is required", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplesClientSecretIsAnEs256JwtFromTheTeamKeyNamingTheClient()
    {
        using var key = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);
        var apple = Load(false, ("apple:Preset", "Apple"), ("apple:ClientId", "com.shop.web"), ("apple:AppleTeamId", "TEAM123456"),
            ("apple:AppleKeyId", "KEY1234567"), ("apple:ApplePrivateKey", key.ExportPkcs8PrivateKeyPem())).Find("apple")!;
        var now = DateTimeOffset.UtcNow;

        var secret = apple.ClientSecret(now)!;
        var result = await new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().ValidateTokenAsync(secret, new Microsoft.IdentityModel.Tokens.TokenValidationParameters
        {
            ValidIssuer = "TEAM123456",
            ValidAudience = "https://appleid.apple.com",
            IssuerSigningKey = new Microsoft.IdentityModel.Tokens.ECDsaSecurityKey(key),
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("com.shop.web", result.Claims["sub"]);
        Assert.Equal("ES256", ((Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)result.SecurityToken).Alg);
        Assert.Equal("KEY1234567", ((Microsoft.IdentityModel.JsonWebTokens.JsonWebToken)result.SecurityToken).Kid);
        Assert.Same(secret, apple.ClientSecret(now.AddMinutes(5)));
    }

    [Fact]
    public void MicrosoftTokensMustComeFromTheTenantTheyNameAndAnAllowedOne()
    {
        var microsoft = Load(false, ("microsoft:Preset", "Microsoft"), ("microsoft:ClientId", "m"), ("microsoft:AllowedTenants:0", "tenant-a")).Find("microsoft")!;
        const string template = "https://login.microsoftonline.com/{tenantid}/v2.0";

        Assert.True(microsoft.IsIssuer("https://login.microsoftonline.com/tenant-a/v2.0", template, Token(new { tid = "tenant-a" })));
        Assert.False(microsoft.IsIssuer("https://login.microsoftonline.com/tenant-b/v2.0", template, Token(new { tid = "tenant-a" })));
        Assert.False(microsoft.IsIssuer("https://login.microsoftonline.com/tenant-b/v2.0", template, Token(new { tid = "tenant-b" })));
        Assert.False(microsoft.IsIssuer("https://login.microsoftonline.com/tenant-a/v2.0", template, Token(new { })));
    }

    private static Microsoft.IdentityModel.JsonWebTokens.JsonWebToken Token(object payload) =>
        new(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode("{\"alg\":\"none\"}"u8.ToArray()) + "."
            + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(payload)) + ".");
}
