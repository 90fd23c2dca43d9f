using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>Turns type references of a document into schema types (graphql-js <c>typeFromAST</c>).</summary>
internal static class AstTypes
{
    /// <summary>Null when the named type does not exist in the schema.</summary>
    public static IGraphQLType? TypeFromAst(Schema schema, ITypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };
}
