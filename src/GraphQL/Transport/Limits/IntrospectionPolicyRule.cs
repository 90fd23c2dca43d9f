using Headless.GraphQL.Errors;
using Headless.GraphQL.Language;
using Headless.GraphQL.Transport.Pipeline;

namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Refuses <c>__schema</c> and <c>__type</c> with <c>INTROSPECTION_DISABLED</c> when <see cref="IntrospectionPolicy"/>
/// denies the caller. Validation has already placed them on the query root, so only the root selections (through
/// fragments) are searched.
/// </summary>
public sealed class IntrospectionPolicyRule(IntrospectionPolicy policy) : IOperationRule
{
    public ValueTask<IReadOnlyList<GraphQLError>> CheckAsync(OperationRuleContext context, CancellationToken cancellationToken)
    {
        if (context.Operation is not { } operation || policy.IsAllowed(context.RequestContext))
        {
            return new([]);
        }

        var fragments = context.Document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value, StringComparer.Ordinal);
        var found = FindIntrospection(operation.SelectionSet, fragments, new HashSet<string>(StringComparer.Ordinal));
        return new(found is null ? [] : [LimitErrors.IntrospectionDisabled(found)]);
    }

    private static FieldNode? FindIntrospection(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } field => field,
                InlineFragmentNode inline => FindIntrospection(inline.SelectionSet, fragments, visited),
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var fragment) =>
                    FindIntrospection(fragment.SelectionSet, fragments, visited),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }
}
