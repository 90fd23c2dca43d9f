using System.Security.Cryptography;
using System.Text;
using Headless.Infrastructure.Caching;
using Headless.Infrastructure.Identity.Customers;
using Headless.Infrastructure.Persistence;
using Headless.Infrastructure.Redis;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The one-time codes the browser flow hands to the storefront in place of tokens (which never go in a URL):
/// 32 random bytes, kept only as a SHA-256 for <see cref="ExternalSignInOptions.CodeLifetime"/>, in a store every
/// instance reads, since the storefront may redeem the code on another instance than the one that ran the callback:
/// Redis when it is configured, otherwise the database (an <see cref="AccountTokenPurpose.ExternalSignIn"/> token;
/// the in-process cache would strand the code on one instance). Redeeming uses it up, and only the caller whose
/// removal (or conditional update) found it gets the customer, so a code works once even when raced.
/// </summary>
public sealed class SignInCodes(ICacheStore cache, IOptions<RedisOptions> redis, AccountTokens tokens, HeadlessDbContext db, ExternalSignInOptions options)
{
    private bool UsesCache => redis.Value.IsConfigured;

    public async Task<string> IssueAsync(string customerId, CancellationToken cancellationToken)
    {
        if (!UsesCache)
        {
            var token = tokens.Create(Guid.Parse(customerId), AccountTokenPurpose.ExternalSignIn, options.CodeLifetime);
            await db.SaveChangesAsync(cancellationToken);
            return token;
        }

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

        if (!UsesCache)
        {
            return (await tokens.ConsumeAsync(code, AccountTokenPurpose.ExternalSignIn, cancellationToken))?.ToString();
        }

        var key = Key(code);
        var customerId = await cache.GetAsync(key, cancellationToken);
        return customerId is not null && await cache.RemoveAsync(key, cancellationToken) ? customerId : null;
    }

    private static string Key(string code) => "signin-code:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
