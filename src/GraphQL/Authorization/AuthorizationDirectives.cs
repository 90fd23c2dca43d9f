namespace Headless.GraphQL.Authorization;

/// <summary>
/// The directives that declare who may read a field, checked by the executor before the field's resolver runs.
/// On an object type they apply to each of its fields, in addition to the field's own. Declare them in the
/// schema's SDL (or add <see cref="Sdl"/> to the builder): the published SDL then says who may call what.
/// </summary>
public static class AuthorizationDirectives
{
    /// <summary><c>@authenticated</c>: any caller with an authenticated identity.</summary>
    public const string Authenticated = "authenticated";

    /// <summary><c>@requires(permission: "…")</c>, repeatable: an authenticated caller holding every named permission.</summary>
    public const string Requires = "requires";

    public const string PermissionArgument = "permission";

    /// <summary>
    /// <c>@allowAnonymous</c>: says on purpose that a field is open to everyone, so that a schema walk can tell a
    /// deliberately public field from one whose rule was forgotten. It adds no check and removes none.
    /// </summary>
    public const string AllowAnonymous = "allowAnonymous";

    public const string Sdl = """
        "Only callers with an authenticated identity may read this field (or the fields of this type)."
        directive @authenticated on FIELD_DEFINITION | OBJECT

        "Only authenticated callers holding this permission may read this field (or the fields of this type); repeated, every permission is needed."
        directive @requires(
          "The permission, such as `orders:read`."
          permission: String!
        ) repeatable on FIELD_DEFINITION | OBJECT

        "Everyone may read this field (or the fields of this type), signed in or not: declared so that no rule is missing by accident."
        directive @allowAnonymous on FIELD_DEFINITION | OBJECT
        """;
}
