using Headless.GraphQL.Errors;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Refuses operations selecting more than <c>maximum</c> fields on the root type, each of which starts its own
/// resolver tree (and, for mutations, its own side effect).
/// </summary>
public sealed class MaxRootFieldsRule(int maximum) : IOperationRule
{
    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { } operation)
        {
            return new([]);
        }

        // Counted before merging: `{ a a a }` asks for one field but the limit is about what the client wrote.
        var count = new SelectionShape(context.Document).CountFields(operation.SelectionSet);
        return new(count > maximum ? [LimitErrors.TooManyRootFields(operation, count, maximum)] : []);
    }
}
