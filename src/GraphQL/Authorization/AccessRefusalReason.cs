namespace Headless.GraphQL.Authorization;

public enum AccessRefusalReason
{
    /// <summary>The caller has no authenticated identity: <c>UNAUTHENTICATED</c>.</summary>
    Unauthenticated,

    /// <summary>The caller is known but lacks a permission: <c>FORBIDDEN</c>.</summary>
    Forbidden,
}
