using System.Security.Claims;

namespace Headless.GraphQL.Execution;

/// <summary>The principal resolvers see when a request names no caller: no identity is authenticated.</summary>
internal static class AnonymousCaller
{
    public static ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity());
}
