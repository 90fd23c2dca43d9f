using System.Security.Claims;
using System.Text.Encodings.Web;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.ApiKeys;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Headless.Api.Identity.ApiKeys;

/// <summary>
/// Authenticates integrators by <c>X-Api-Key: hk_…</c> or <c>Authorization: Bearer hk_…</c>, producing the shared
/// claims (<c>sub</c> = key id, <c>headless:kind</c> = <c>api_key</c>, one <c>headless:permission</c> per granted
/// permission). A request without such a key gets no result from this scheme, so another may handle it; a key that
/// is unknown, expired, revoked or of another environment fails.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    /// <summary>The <c>HttpContext.Items</c> key holding the id of a revoked or expired key presented with its secret.</summary>
    public const string UnusableKeyItem = "apiKey.unusable";

    /// <summary>The presented key, when the request carries one (header or bearer token starting <c>hk_</c>).</summary>
    public static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer " + ApiKeyService.KeyPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization["Bearer ".Length..].Trim()
            : null;
    }

    /// <summary>The shared claims of an API key caller (also used for WebSocket <c>connection_init</c>).</summary>
    public static ClaimsPrincipal Principal(Domain.Identity.ApiKey key)
    {
        var claims = new List<Claim>
        {
            new(HeadlessClaimTypes.Subject, key.Id.ToString()),
            new(HeadlessClaimTypes.Kind, CallerKinds.ApiKey),
            new(ClaimTypes.Name, key.Name),
            new(HeadlessClaimTypes.Permission, Domain.Identity.Permissions.AdminAccess),
        };
        claims.AddRange(key.PermissionList.Select(p => new Claim(HeadlessClaimTypes.Permission, p)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role));
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (PresentedKey(Request) is not { } presented)
        {
            return AuthenticateResult.NoResult();
        }

        var key = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            if (await keys.UnusableKeyIdAsync(presented, Context.RequestAborted) is { } unusable)
            {
                // The caller stays anonymous; the admin audit records what this revoked or expired key was refused.
                Context.Items[UnusableKeyItem] = unusable.ToString();
            }

            return AuthenticateResult.Fail("The API key is unknown, expired or revoked.");
        }

        var principal = Principal(key);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
