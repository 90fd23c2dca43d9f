using Microsoft.Net.Http.Headers;

namespace Headless.Api.Identity;

/// <summary>The answer to credentials that do not authenticate: 401, <c>WWW-Authenticate</c> and a GraphQL request error.</summary>
public static class InvalidCredentialsResponse
{
    public const string Code = "UNAUTHENTICATED";

    public static async Task WriteAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        // An answer to credentials is about that caller: no shared cache may keep it.
        http.Response.Headers[HeaderNames.CacheControl] = "private, no-store";
        await http.Response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new
                {
                    message = "The credentials are invalid, expired or revoked; refresh the session or sign in again.",
                    extensions = new { code = Code },
                },
            },
        });
    }
}
