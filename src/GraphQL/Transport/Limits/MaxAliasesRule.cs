using Headless.GraphQL.Errors;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Refuses operations with more than <c>maximum</c> aliases: aliases are how one request asks for the same costly
/// field many times over, which neither the depth nor the root-field limit sees.
/// </summary>
public sealed class MaxAliasesRule(int maximum) : IOperationRule
{
    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { } operation)
        {
            return new([]);
        }

        var count = new SelectionShape(context.Document).CountAliases(operation.SelectionSet);
        return new(count > maximum ? [LimitErrors.TooManyAliases(operation, count, maximum)] : []);
    }
}
