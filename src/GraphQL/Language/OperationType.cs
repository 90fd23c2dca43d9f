namespace Headless.GraphQL.Language;

/// <summary>The three kinds of operation (graphql-js <c>OperationTypeNode</c>).</summary>
public enum OperationType
{
    Query,
    Mutation,
    Subscription,
}
