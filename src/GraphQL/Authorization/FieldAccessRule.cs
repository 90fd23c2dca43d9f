using System.Security.Claims;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Authorization;

/// <summary>
/// Who may read one field of one object type: the field's <c>@authenticated</c> / <c>@requires</c> together with those
/// of its type, computed once when the schema is built (see <see cref="FieldDefinition.Access"/>).
/// </summary>
public sealed record FieldAccessRule(bool RequiresAuthentication, IReadOnlyList<string> Permissions, bool DeclaredPublic)
{
    /// <summary>True when no caller is ever refused (no rule at all, or only <c>@allowAnonymous</c>).</summary>
    public bool IsOpen => !RequiresAuthentication && Permissions.Count == 0;

    /// <summary>The field's rule, or null when neither the field nor its type declares any.</summary>
    public static FieldAccessRule? For(ObjectType parent, FieldDefinition field)
    {
        var authenticated = false;
        var declaredPublic = false;
        List<string>? permissions = null;
        foreach (var directive in parent.AppliedDirectives.Concat(field.AppliedDirectives))
        {
            switch (directive.Name)
            {
                case AuthorizationDirectives.Authenticated:
                    authenticated = true;
                    break;
                case AuthorizationDirectives.AllowAnonymous:
                    declaredPublic = true;
                    break;
                case AuthorizationDirectives.Requires when directive.Arguments.GetValueOrDefault(AuthorizationDirectives.PermissionArgument) is string permission:
                    authenticated = true;
                    permissions ??= [];
                    if (!permissions.Contains(permission, StringComparer.Ordinal))
                    {
                        permissions.Add(permission);
                    }

                    break;
            }
        }

        return authenticated || declaredPublic ? new FieldAccessRule(authenticated, permissions ?? [], declaredPublic) : null;
    }

    /// <summary>Null when <paramref name="user"/> may read the field; otherwise why not.</summary>
    public AccessRefusal? Check(ClaimsPrincipal? user, string permissionClaimType)
    {
        if (IsOpen)
        {
            return null;
        }

        if (user?.Identities.Any(i => i.IsAuthenticated) != true)
        {
            return new AccessRefusal(AccessRefusalReason.Unauthenticated, null);
        }

        foreach (var permission in Permissions)
        {
            if (!user.HasClaim(permissionClaimType, permission))
            {
                return new AccessRefusal(AccessRefusalReason.Forbidden, permission);
            }
        }

        return null;
    }
}
