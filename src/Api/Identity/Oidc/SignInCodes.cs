using System.Security.Cryptography;
using System.Text;
using Headless.Infrastructure.Caching;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The one-time codes the browser flow hands to the storefront in place of tokens (which never go in a URL):
/// 32 random bytes, kept only as a SHA-256 key in the shared cache (Redis when configured, so any instance can
/// redeem it), for <see cref="ExternalSignInOptions.CodeLifetime"/>. Redeeming removes it, and only the caller
/// whose removal found it gets the customer, so a code works once even when raced.
/// </summary>
public sealed class SignInCodes(ICacheStore cache, ExternalSignInOptions options)
{
    public async Task<string> IssueAsync(string customerId, CancellationToken cancellationToken)
    {
        var code = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        await cache.SetAsync(Key(code), customerId, options.CodeLifetime, cancellationToken);
        return code;
    }

    /// <summary>The customer the code was issued for, or null when it is unknown, expired or already used.</summary>
    public async Task<string?> RedeemAsync(string code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || code.Length > 128)
        {
            return null;
        }

        var key = Key(code);
        var customerId = await cache.GetAsync(key, cancellationToken);
        return customerId is not null && await cache.RemoveAsync(key, cancellationToken) ? customerId : null;
    }

    private static string Key(string code) => "signin-code:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
