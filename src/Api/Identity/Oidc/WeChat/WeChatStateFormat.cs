using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Identity.Oidc.WeChat;

/// <summary>
/// WeChat takes a <c>state</c> of at most 128 bytes, far less than the protected authentication properties (the
/// correlation id and the return URL). So the state sent is a short random key, and the protected properties wait
/// in an HttpOnly cookie named after it, read back and deleted at the callback. Nothing is kept on the server, so
/// the callback may reach any instance (the Data Protection key ring is shared).
/// </summary>
internal sealed class WeChatStateFormat(ISecureDataFormat<AuthenticationProperties> inner, IHttpContextAccessor http, string callbackPath)
    : ISecureDataFormat<AuthenticationProperties>
{
    internal const string CookiePrefix = ".Headless.WeChatState.";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public string Protect(AuthenticationProperties data) => Protect(data, null);

    public string Protect(AuthenticationProperties data, string? purpose)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("The WeChat state is made during a challenge, inside a request.");
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(18));
        context.Response.Cookies.Append(CookiePrefix + key, inner.Protect(data, purpose), Options(context));
        return key;
    }

    public AuthenticationProperties? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationProperties? Unprotect(string? protectedText, string? purpose)
    {
        if (http.HttpContext is not { } context || string.IsNullOrEmpty(protectedText) || protectedText.Length > 64
            || !context.Request.Cookies.TryGetValue(CookiePrefix + protectedText, out var stored))
        {
            return null;
        }

        // Used once: a replayed callback finds no state.
        context.Response.Cookies.Delete(CookiePrefix + protectedText, Options(context));
        return inner.Unprotect(stored, purpose);
    }

    // The callback is a top-level GET from WeChat's page, which Lax cookies reach; Secure whenever the request is HTTPS.
    private CookieOptions Options(HttpContext context) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = context.Request.IsHttps,
        Path = callbackPath,
        MaxAge = Lifetime,
        IsEssential = true,
    };
}
