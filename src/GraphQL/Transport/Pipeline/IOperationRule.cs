using Headless.GraphQL.Errors;

namespace Headless.GraphQL.Transport.Pipeline;

/// <summary>
/// A per-request check run after validation and before execution (cost analysis, alias and root-field limits,
/// introspection policy). Returning errors refuses the request; execution never starts.
/// </summary>
public interface IOperationRule
{
    ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken);
}
