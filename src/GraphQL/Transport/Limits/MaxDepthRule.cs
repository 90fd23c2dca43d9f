using Headless.GraphQL.Errors;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Refuses operations whose fields nest deeper than <c>maximum</c>, fragments followed where spread. The parser's
/// own depth limit only guards its recursion; this one bounds how far a query may walk a cyclic schema
/// (product → category → products → …).
/// </summary>
public sealed class MaxDepthRule(int maximum) : IOperationRule
{
    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { } operation)
        {
            return new([]);
        }

        var deepest = new SelectionShape(context.Document).Depth(operation.SelectionSet);
        return new(deepest.Levels > maximum ? [LimitErrors.TooDeep(operation, deepest.Levels, deepest.Path, maximum)] : []);
    }
}
