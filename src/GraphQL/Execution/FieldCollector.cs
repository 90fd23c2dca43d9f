using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Execution;

/// <summary>The spec's CollectFields (§6.3.2): fields by response key, honouring @skip, @include, fragments and type conditions.</summary>
internal static class FieldCollector
{
    public static SelectionPlan CollectFields(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType objectType,
        IEnumerable<SelectionSetNode> selectionSets)
    {
        var groups = new Dictionary<string, FieldGroup>(StringComparer.Ordinal);
        var order = new List<FieldGroup>();
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            Collect(schema, fragments, variables, objectType, selectionSet, groups, order, visitedFragments);
        }

        var fields = new List<FieldGroup>(order.Count);
        foreach (var group in order)
        {
            if (group.FieldName == "__typename")
            {
                fields.Add(group);
                continue;
            }

            // Fields the type does not define are left out, as graphql-js does (validation reports them).
            group.Definition = MetaFields.GetFieldDefinition(schema, objectType, group.FieldName);
            if (group.Definition is not null)
            {
                fields.Add(group);
            }
        }

        return new SelectionPlan(objectType, [.. fields]);
    }

    private static void Collect(
        Schema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables,
        ObjectType objectType,
        SelectionSetNode selectionSet,
        Dictionary<string, FieldGroup> groups,
        List<FieldGroup> order,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldIncludeNode(selection, variables))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.Alias?.Value ?? field.Name.Value;
                    if (groups.TryGetValue(key, out var group))
                    {
                        group.Nodes.Add(field);
                    }
                    else
                    {
                        group = new FieldGroup(key, field);
                        groups.Add(key, group);
                        order.Add(group);
                    }

                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is null || DoesFragmentTypeApply(schema, objectType, inline.TypeCondition))
                    {
                        Collect(schema, fragments, variables, objectType, inline.SelectionSet, groups, order, visitedFragments);
                    }

                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visitedFragments.Add(name) || !fragments.TryGetValue(name, out var fragment))
                    {
                        continue;
                    }

                    if (DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition))
                    {
                        Collect(schema, fragments, variables, objectType, fragment.SelectionSet, groups, order, visitedFragments);
                    }

                    break;
            }
        }
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode condition) =>
        schema.GetType(condition.Name.Value) switch
        {
            ObjectType conditionType => ReferenceEquals(conditionType, objectType),
            IAbstractType abstractType => schema.IsSubType(abstractType, objectType),
            _ => false,
        };

    /// <summary>@skip(if: true) leaves a selection out; @include(if: false) too.</summary>
    internal static bool ShouldIncludeNode(IHasDirectives node, IReadOnlyDictionary<string, object?> variables)
    {
        if (node.Directives.Count == 0)
        {
            return true;
        }

        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if ((name == "skip" && IsIfTrue(directive, variables)) || (name == "include" && !IsIfTrue(directive, variables)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIfTrue(DirectiveNode directive, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value == "if")
            {
                return argument.Value switch
                {
                    BooleanValueNode literal => literal.Value,
                    VariableNode variable => variables.TryGetValue(variable.Name.Value, out var value) && value is true,
                    _ => false,
                };
            }
        }

        return false;
    }
}
