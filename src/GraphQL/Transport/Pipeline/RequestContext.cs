using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>Who sent a request and through what: what rules and resolvers may need from the transport.</summary>
public sealed record RequestContext
{
    public required HttpContext HttpContext { get; init; }

    public required TransportKind Transport { get; init; }

    /// <summary>The GraphQL "context value" shared by the resolvers of one operation.</summary>
    public required IDictionary<string, object?> Items { get; init; }

    public ClaimsPrincipal User => HttpContext.User;

    public IServiceProvider Services => HttpContext.RequestServices;

    /// <summary>True for GET requests, which may only run queries.</summary>
    public bool IsReadOnlyMethod => HttpMethods.IsGet(HttpContext.Request.Method);
}
