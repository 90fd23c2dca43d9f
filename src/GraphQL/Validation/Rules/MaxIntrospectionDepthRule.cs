using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>
/// Introspection queries nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and
/// <c>inputFields</c> fewer than three deep, which keeps cheap documents from producing huge responses
/// (graphql-js 16.9+; not a spec rule).
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Per fragment, shared across checks: the deepest entry depth that stayed within the limit,
        // and the shallowest entry depth that reached it.
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override bool Enter(INode node)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && ReachesLimit(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError("Maximum introspection depth exceeded", field);
                return false;
            }

            return true;
        }

        private bool ReachesLimit(INode node, Dictionary<string, int> visited, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth)
                {
                    return true;
                }

                if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
                {
                    return false;
                }

                if (context.GetFragment(name) is not { } fragment)
                {
                    return false;
                }

                visited[name] = depth;
                if (ReachesLimit(fragment, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }

                _checked[name] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
            {
                return true;
            }

            var selectionSet = node switch
            {
                FieldNode field => field.SelectionSet,
                InlineFragmentNode inlineFragment => inlineFragment.SelectionSet,
                FragmentDefinitionNode fragment => fragment.SelectionSet,
                _ => null,
            };
            if (selectionSet is not null)
            {
                foreach (var child in selectionSet.Selections)
                {
                    if (ReachesLimit(child, visited, depth))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
