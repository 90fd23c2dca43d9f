using Headless.Infrastructure.Identity;

namespace Headless.Api.Hosting.RateLimiting;

/// <summary>The partition of a request: the authenticated customer or API key (by <c>sub</c>), else the client address.</summary>
public sealed record RateLimitCaller(RateLimitCallerKind Kind, string Key)
{
    public static RateLimitCaller Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(HeadlessClaimTypes.Subject)?.Value is { Length: > 0 } subject)
        {
            switch (user.FindFirst(HeadlessClaimTypes.Kind)?.Value)
            {
                case CallerKinds.Customer:
                    return new RateLimitCaller(RateLimitCallerKind.Customer, "customer:" + subject);
                case CallerKinds.ApiKey:
                    return new RateLimitCaller(RateLimitCallerKind.ApiKey, "api_key:" + subject);
            }
        }

        return new RateLimitCaller(RateLimitCallerKind.Address, ClientAddress.Of(http));
    }
}
