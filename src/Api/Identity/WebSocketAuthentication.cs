using Headless.GraphQL.Transport.WebSockets;
using Headless.Infrastructure.Identity;
using Headless.Infrastructure.Identity.Tokens;

namespace Headless.Api.Identity;

/// <summary>
/// The <c>connection_init</c> hook: a payload <c>Authorization</c> value (<c>Bearer …</c>) authenticates the whole
/// connection, which then runs its operations as that caller. No value: anonymous, as over HTTP. A value that does
/// not validate closes the socket with 4403. An access token's connection is closed with 4403 when the token
/// expires (at its <c>exp</c>, without clock skew) or when its session is found revoked (checked every
/// <c>Authentication:WebSocketSessionCheckInterval</c>); the client reconnects with a refreshed token.
/// </summary>
public static class WebSocketAuthentication
{
    public static async ValueTask<bool> AuthenticateAsync(ConnectionInitContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Payload?.FirstOrDefault(p => string.Equals(p.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        if (value is null)
        {
            return true;
        }

        if (value is not string authorization || BearerToken.From(authorization) is not { } token)
        {
            return false;
        }

        var http = context.HttpContext;
        if (token.StartsWith(Infrastructure.Identity.ApiKeys.ApiKeyService.KeyPrefix, StringComparison.Ordinal))
        {
            var keys = http.RequestServices.GetRequiredService<Infrastructure.Identity.ApiKeys.ApiKeyService>();
            var key = await keys.AuthenticateAsync(token, http.RequestAborted);
            if (key is null)
            {
                // Audited like the HTTP 401 of the same key: a revoked or expired key with its right secret names
                // its holder; an unknown or guessed one names nobody and is not recorded.
                if (await keys.UnusableKeyIdAsync(token, http.RequestAborted) is { } unusable)
                {
                    Admin.Audit.AdminRefusalAudit.UnusableKeyRefused(http, unusable.ToString(), "connection_init");
                }

                return false;
            }

            http.User = ApiKeys.ApiKeyAuthenticationHandler.Principal(key);
            context.CredentialExpiresAt = key.ExpiresAt;
            return true;
        }

        var validator = http.RequestServices.GetRequiredService<AccessTokenValidator>();
        var principal = await validator.ValidateAsync(token, http.RequestServices, http.RequestAborted);
        if (principal is null)
        {
            return false;
        }

        http.User = principal;
        context.CredentialExpiresAt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).ValidTo is var exp && exp > DateTime.MinValue
            ? new DateTimeOffset(exp, TimeSpan.Zero)
            : null;
        var scopes = http.RequestServices.GetRequiredService<IServiceScopeFactory>();
        context.CredentialCheckInterval = http.RequestServices.GetRequiredService<HeadlessAuthenticationOptions>().WebSocketSessionCheckInterval;
        context.CredentialCheck = async cancellationToken =>
        {
            // A scope per check: the upgrade request's services live as long as the socket and are not for concurrent use.
            await using var scope = scopes.CreateAsyncScope();
            return await AccessTokenValidator.IsSessionActiveAsync(principal, scope.ServiceProvider, cancellationToken);
        };
        return true;
    }
}
