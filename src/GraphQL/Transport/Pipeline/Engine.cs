using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;
using Headless.GraphQL.Validation;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>The engine's entry points the transport uses (validation, execution, subscription, SDL), in one place.</summary>
internal static class Engine
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, bool hideSuggestions) =>
        DocumentValidator.Validate(schema, document, hideSuggestions: hideSuggestions);

    public static Task<ExecutionResult> ExecuteAsync(
        Schema schema, DocumentNode document, OperationRequest request, RequestContext context, ExecutionOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException("waiting for the execution branch");

    public static Task<SubscriptionOutcome> SubscribeAsync(
        Schema schema, DocumentNode document, OperationRequest request, RequestContext context, ExecutionOptions options, CancellationToken cancellationToken) =>
        throw new NotImplementedException("waiting for the execution branch");

    public static string PrintSchema(Schema schema) => throw new NotImplementedException("waiting for the types branch");
}
