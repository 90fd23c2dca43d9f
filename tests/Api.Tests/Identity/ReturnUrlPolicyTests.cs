using Headless.Api.Identity.Oidc;

namespace Headless.Api.Tests.Identity;

/// <summary>The browser flow sends people back only to allow-listed storefront URLs: no open redirects.</summary>
public sealed class ReturnUrlPolicyTests
{
    private static readonly ReturnUrlPolicy Policy = new(new ExternalSignInOptions { AllowedReturnUrls = ["https://shop.example/account", "http://localhost:3000/"] });

    [Theory]
    [InlineData("https://shop.example/account")]
    [InlineData("https://shop.example/account/orders?tab=recent")]
    [InlineData("http://localhost:3000/")]
    [InlineData("http://localhost:3000/signed-in")]
    public void AllowsUrlsAtOrUnderAnEntry(string url) => Assert.True(Policy.Allows(url, out _));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/account")]
    [InlineData("//evil.example/account")]
    [InlineData("https://evil.example/account")]
    [InlineData("https://shop.example.evil.example/account")]
    [InlineData("https://shop.example@evil.example/account")]
    [InlineData("https://user@shop.example/account")]
    [InlineData("https://shop.example/accounting")]
    [InlineData("https://shop.example/")]
    [InlineData("http://shop.example/account")]
    [InlineData("https://shop.example:8443/account")]
    [InlineData("https://shop.example/account#token")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http://localhost:3001/")]
    public void RefusesEverythingElse(string? url) => Assert.False(Policy.Allows(url, out _));

    [Fact]
    public void AnEmptyAllowListRefusesEveryUrl() =>
        Assert.False(new ReturnUrlPolicy(new ExternalSignInOptions()).Allows("https://shop.example/account", out _));
}
