using Headless.GraphQL.Errors;

namespace Headless.GraphQL.Execution;

/// <summary>
/// Carries a <see cref="GraphQLError"/> up the executor: raised where a problem is found (already located at a node
/// when known), given its path where it is caught, and rethrown past non-null positions (null propagation).
/// </summary>
internal sealed class FieldErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
