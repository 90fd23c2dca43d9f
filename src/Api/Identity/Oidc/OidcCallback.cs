using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;

namespace Headless.Api.Identity.Oidc;

/// <summary>
/// The end of the browser flow, after the handler has validated the provider's answer: find or create the customer,
/// then send the browser back to the allowed return URL with a one-time <c>code</c> (or an <c>error</c>), never tokens.
/// </summary>
internal static partial class OidcCallback
{
    public static async Task CompleteAsync(TicketReceivedContext context, OidcProvider provider)
    {
        context.HandleResponse();
        var services = context.HttpContext.RequestServices;
        if (!TryReturnUrl(services, context.Properties, out var returnUrl))
        {
            await RefuseAsync(context.HttpContext, "RETURN_URL_NOT_ALLOWED");
            return;
        }

        if (context.Principal is null || ExternalIdentityClaims.Read(provider.Name, context.Principal) is not { } read)
        {
            context.Response.Redirect(QueryHelpers.AddQueryString(returnUrl.AbsoluteUri, "error", "INVALID_PROVIDER_TOKEN"));
            return;
        }

        var identity = read with { ProviderSharesEmail = provider.SharesEmail };
        var outcome = await services.GetRequiredService<IExternalSignIn>().FindOrCreateCustomerAsync(identity, context.HttpContext.RequestAborted);
        if (outcome.CustomerId is not { } customerId)
        {
            context.Response.Redirect(QueryHelpers.AddQueryString(returnUrl.AbsoluteUri, "error", outcome.ErrorCode ?? "INVALID_PROVIDER_TOKEN"));
            return;
        }

        var code = await services.GetRequiredService<SignInCodes>().IssueAsync(customerId, context.HttpContext.RequestAborted);
        context.Response.Redirect(QueryHelpers.AddQueryString(returnUrl.AbsoluteUri, "code", code));
    }

    /// <summary>The provider said no (or its answer did not validate): back to the return URL with an error when there is one.</summary>
    public static async Task FailAsync(RemoteFailureContext context, OidcProvider provider)
    {
        context.HandleResponse();
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OidcCallback));
        LogFailed(logger, provider.Name, context.Failure?.GetType().Name ?? "unknown");
        if (TryReturnUrl(context.HttpContext.RequestServices, context.Properties, out var returnUrl))
        {
            context.Response.Redirect(QueryHelpers.AddQueryString(returnUrl.AbsoluteUri, "error", "PROVIDER_SIGN_IN_FAILED"));
            return;
        }

        await RefuseAsync(context.HttpContext, "PROVIDER_SIGN_IN_FAILED");
    }

    // The return URL was checked at the start; checked again, since the state round-trips through the browser (protected, but cheap to re-check).
    private static bool TryReturnUrl(IServiceProvider services, AuthenticationProperties? properties, out Uri returnUrl)
    {
        returnUrl = null!;
        return properties?.Items.TryGetValue(OidcSignInServiceCollectionExtensions.ReturnUrlItem, out var url) == true
            && services.GetRequiredService<ReturnUrlPolicy>().Allows(url, out returnUrl);
    }

    internal static Task RefuseAsync(HttpContext http, string code)
    {
        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        return http.Response.WriteAsJsonAsync(new { error = code });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Browser sign-in with provider {Provider} failed ({Failure})")]
    private static partial void LogFailed(ILogger logger, string provider, string failure);
}
