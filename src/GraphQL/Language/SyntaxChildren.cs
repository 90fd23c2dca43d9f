namespace Headless.GraphQL.Language;

/// <summary>The child nodes of a node, in the order graphql-js visits them (its <c>QueryDocumentKeys</c>).</summary>
public static class SyntaxChildren
{
    public static IEnumerable<INode> Of(INode node)
    {
        switch (node)
        {
            case DocumentNode n:
                return n.Definitions;
            case OperationDefinitionNode n:
                return Join(n.Description, n.Name, n.VariableDefinitions, n.Directives, n.SelectionSet);
            case VariableDefinitionNode n:
                return Join(n.Description, n.Variable, n.Type, n.DefaultValue, n.Directives);
            case VariableNode n:
                return [n.Name];
            case SelectionSetNode n:
                return n.Selections;
            case FieldNode n:
                return Join(n.Alias, n.Name, n.Arguments, n.Directives, n.SelectionSet);
            case ArgumentNode n:
                return [n.Name, n.Value];
            case FragmentSpreadNode n:
                return Join(n.Name, n.Directives);
            case InlineFragmentNode n:
                return Join(n.TypeCondition, n.Directives, n.SelectionSet);
            case FragmentDefinitionNode n:
                return Join(n.Description, n.Name, n.TypeCondition, n.Directives, n.SelectionSet);
            case ListValueNode n:
                return n.Values;
            case ObjectValueNode n:
                return n.Fields;
            case ObjectFieldNode n:
                return [n.Name, n.Value];
            case DirectiveNode n:
                return Join(n.Name, n.Arguments);
            case NamedTypeNode n:
                return [n.Name];
            case ListTypeNode n:
                return [n.Type];
            case NonNullTypeNode n:
                return [n.Type];
            case SchemaDefinitionNode n:
                return Join(n.Description, n.Directives, n.OperationTypes);
            case OperationTypeDefinitionNode n:
                return [n.Type];
            case ScalarTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Directives);
            case ObjectTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Interfaces, n.Directives, n.Fields);
            case FieldDefinitionNode n:
                return Join(n.Description, n.Name, n.Arguments, n.Type, n.Directives);
            case InputValueDefinitionNode n:
                return Join(n.Description, n.Name, n.Type, n.DefaultValue, n.Directives);
            case InterfaceTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Interfaces, n.Directives, n.Fields);
            case UnionTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Directives, n.Types);
            case EnumTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Directives, n.Values);
            case EnumValueDefinitionNode n:
                return Join(n.Description, n.Name, n.Directives);
            case InputObjectTypeDefinitionNode n:
                return Join(n.Description, n.Name, n.Directives, n.Fields);
            case DirectiveDefinitionNode n:
                return Join(n.Description, n.Name, n.Arguments, n.Locations);
            case SchemaExtensionNode n:
                return Join(n.Directives, n.OperationTypes);
            case ScalarTypeExtensionNode n:
                return Join(n.Name, n.Directives);
            case ObjectTypeExtensionNode n:
                return Join(n.Name, n.Interfaces, n.Directives, n.Fields);
            case InterfaceTypeExtensionNode n:
                return Join(n.Name, n.Interfaces, n.Directives, n.Fields);
            case UnionTypeExtensionNode n:
                return Join(n.Name, n.Directives, n.Types);
            case EnumTypeExtensionNode n:
                return Join(n.Name, n.Directives, n.Values);
            case InputObjectTypeExtensionNode n:
                return Join(n.Name, n.Directives, n.Fields);
            default:
                // Names and scalar values are leaves.
                return [];
        }
    }

    /// <summary>Flattens single nodes (skipping nulls) and lists of nodes into one sequence.</summary>
    private static List<INode> Join(params object?[] parts)
    {
        var children = new List<INode>();
        foreach (var part in parts)
        {
            switch (part)
            {
                case INode node:
                    children.Add(node);
                    break;
                case IEnumerable<INode> nodes:
                    children.AddRange(nodes);
                    break;
            }
        }

        return children;
    }
}
