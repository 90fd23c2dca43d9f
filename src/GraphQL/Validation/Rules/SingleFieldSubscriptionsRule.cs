using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation.Rules;

/// <summary>A subscription selects exactly one root field, and not an introspection field (spec §5.2.3.1 Single root field).</summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool Enter(INode node)
        {
            if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
                || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return true;
            }

            var operationName = operation.Name?.Value;
            var fields = new List<(string ResponseName, List<FieldNode> Nodes)>();
            CollectFields(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
            if (fields.Count > 1)
            {
                context.ReportError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    fields.Skip(1).SelectMany(f => f.Nodes));
            }

            foreach (var (_, nodes) in fields)
            {
                if (nodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        nodes);
                }
            }

            return true;
        }

        /// <summary>The executor's CollectFields (spec §6.3.2) with no variable values, grouping by response name in order.</summary>
        private void CollectFields(ObjectType runtimeType, SelectionSetNode selectionSet, List<(string ResponseName, List<FieldNode> Nodes)> fields, HashSet<string> visitedFragments)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                if (!ShouldInclude(selection))
                {
                    continue;
                }

                switch (selection)
                {
                    case FieldNode field:
                        var responseName = field.Alias?.Value ?? field.Name.Value;
                        var index = fields.FindIndex(f => f.ResponseName == responseName);
                        if (index < 0)
                        {
                            fields.Add((responseName, [field]));
                        }
                        else
                        {
                            fields[index].Nodes.Add(field);
                        }

                        break;
                    case InlineFragmentNode inlineFragment when ConditionMatches(inlineFragment.TypeCondition, runtimeType):
                        CollectFields(runtimeType, inlineFragment.SelectionSet, fields, visitedFragments);
                        break;
                    case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value):
                        if (context.GetFragment(spread.Name.Value) is { } fragment && ConditionMatches(fragment.TypeCondition, runtimeType))
                        {
                            CollectFields(runtimeType, fragment.SelectionSet, fields, visitedFragments);
                        }

                        break;
                }
            }
        }

        private bool ConditionMatches(NamedTypeNode? typeCondition, ObjectType runtimeType)
        {
            if (typeCondition is null)
            {
                return true;
            }

            var conditionalType = AstTypes.TypeFromAst(context.Schema, typeCondition);
            return ReferenceEquals(conditionalType, runtimeType)
                || (conditionalType is IAbstractType abstractType && context.Schema.IsSubType(abstractType, runtimeType));
        }

        /// <summary>Only literal <c>@skip(if: true)</c> and <c>@include(if: false)</c> exclude: no variables have values yet.</summary>
        private static bool ShouldInclude(ISelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var condition = directive.Arguments.FirstOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode;
                if ((directive.Name.Value == "skip" && condition?.Value == true) || (directive.Name.Value == "include" && condition?.Value == false))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
