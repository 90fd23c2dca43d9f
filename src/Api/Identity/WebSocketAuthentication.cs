using Headless.GraphQL.Transport.WebSockets;
using Headless.Infrastructure.Identity.Tokens;

namespace Headless.Api.Identity;

/// <summary>
/// The <c>connection_init</c> hook: a payload <c>Authorization</c> value (<c>Bearer …</c>) authenticates the whole
/// connection, which then runs its operations as that caller. No value: anonymous, as over HTTP. A value that does
/// not validate closes the socket with 4403. The connection keeps the identity it had at init; a token expiring
/// later does not end it.
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
        var validator = http.RequestServices.GetRequiredService<AccessTokenValidator>();
        var principal = await validator.ValidateAsync(token, http.RequestServices, http.RequestAborted);
        if (principal is null)
        {
            return false;
        }

        http.User = principal;
        return true;
    }
}
