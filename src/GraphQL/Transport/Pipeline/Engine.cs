using Headless.GraphQL.Errors;
using Headless.GraphQL.Execution;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;
using Headless.GraphQL.Validation;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// The engine's entry points the transport uses after its operation rules (execution, subscription, SDL), in one
/// place; parse and validate go through <see cref="GraphQLExecutor.PrepareDocument"/>.
/// </summary>
internal static class Engine
{
    public static async Task<ExecutionResult> ExecuteAsync(
        Schema schema, PreparedOperation prepared, OperationRequest request, RequestContext context, ExecutionOptions options, CancellationToken cancellationToken) =>
        await Executor.ExecuteRequestAsync(ToExecutionRequest(schema, prepared, request, context, options, cancellationToken));

    public static async Task<SubscriptionOutcome> SubscribeAsync(
        Schema schema, PreparedOperation prepared, OperationRequest request, RequestContext context, ExecutionOptions options, CancellationToken cancellationToken)
    {
        var subscription = await Executor.SubscribeAsync(ToExecutionRequest(schema, prepared, request, context, options, cancellationToken));
        return new SubscriptionOutcome(subscription.Error, subscription.Stream);
    }

    public static string PrintSchema(Schema schema) => SchemaPrinter.PrintWithAppliedDirectives(schema);

    private static ExecutionRequest ToExecutionRequest(
        Schema schema, PreparedOperation prepared, OperationRequest request, RequestContext context, ExecutionOptions options, CancellationToken cancellationToken) =>
        new(schema, prepared.Document!)
        {
            OperationName = request.OperationName,
            VariableValues = request.Variables,
            CoercedVariableValues = prepared.Variables,
            RequestServices = context.Services,
            User = context.User,
            Items = context.Items,
            Options = options,
            CancellationToken = cancellationToken,
        };
}
