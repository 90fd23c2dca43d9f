using System.Security.Claims;
using Headless.GraphQL.Execution;
using Headless.Infrastructure.Identity;

namespace Headless.Api.Identity;

/// <summary>Who is calling, for resolvers: the principal of the HTTP request or of the WebSocket's <c>connection_init</c>.</summary>
public static class CallerContext
{
    public static ClaimsPrincipal User(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestServices.GetRequiredService<IHttpContextAccessor>().HttpContext?.User ?? new ClaimsPrincipal();
    }

    /// <summary>The signed-in customer's id, or null for anyone else (anonymous, staff, API keys).</summary>
    public static Guid? CustomerId(this IResolveFieldContext context)
    {
        var user = context.User();
        return user.Identity?.IsAuthenticated == true
            && user.FindFirst(HeadlessClaimTypes.Kind)?.Value == CallerKinds.Customer
            && Guid.TryParse(user.FindFirst(HeadlessClaimTypes.Subject)?.Value, out var id)
                ? id
                : null;
    }

    /// <summary>The session of the caller's access token, when it has one.</summary>
    public static Guid? SessionId(this IResolveFieldContext context) =>
        Guid.TryParse(context.User().FindFirst(HeadlessClaimTypes.Session)?.Value, out var id) ? id : null;
}
