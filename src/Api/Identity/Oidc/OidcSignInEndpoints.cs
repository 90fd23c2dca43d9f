using Microsoft.AspNetCore.Authentication;

namespace Headless.Api.Identity.Oidc;

public static class OidcSignInEndpoints
{
    /// <summary>
    /// <c>GET /auth/oidc/{name}/start?returnUrl=…</c>: checks the provider and the return URL, then challenges the
    /// provider's handler, which redirects the browser to the provider. Unknown provider: 404; a return URL outside
    /// <c>Authentication:ExternalSignIn:AllowedReturnUrls</c>: 400 (no open redirects).
    /// </summary>
    public static WebApplication MapOidcSignIn(this WebApplication app)
    {
        app.MapGet("/auth/oidc/{name}/start", (string name, string? returnUrl, OidcProviders providers, ReturnUrlPolicy returnUrls, HttpContext http) =>
        {
            if (providers.Find(name) is not { } provider)
            {
                return Results.Json(new { error = "UNKNOWN_PROVIDER" }, statusCode: StatusCodes.Status404NotFound);
            }

            if (!returnUrls.Allows(returnUrl, out var allowed))
            {
                return Results.Json(new { error = "RETURN_URL_NOT_ALLOWED" }, statusCode: StatusCodes.Status400BadRequest);
            }

            var properties = new AuthenticationProperties();
            properties.Items[OidcSignInServiceCollectionExtensions.ReturnUrlItem] = allowed.AbsoluteUri;
            return Results.Challenge(properties, [provider.SchemeName]);
        });
        return app;
    }
}
