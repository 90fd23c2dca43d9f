using Headless.GraphQL.Language;

namespace Headless.GraphQL.Validation;

/// <summary>
/// Walks a syntax tree depth first in graphql-js's key order, keeping <see cref="TypeInfo"/> in step and the
/// ancestors of the current node at hand. Names and descriptions are not visited: no rule looks at them on their
/// own, and descriptions must not affect validation.
/// </summary>
internal sealed class DocumentWalker(TypeInfo typeInfo, ValidationVisitor visitor)
{
    private readonly List<INode> _ancestors = [];

    /// <summary>The nodes above the one being visited, the root first.</summary>
    public IReadOnlyList<INode> Ancestors => _ancestors;

    public void Walk(INode node)
    {
        typeInfo.Enter(node);
        if (visitor.Enter(node))
        {
            _ancestors.Add(node);
            VisitChildren(node);
            _ancestors.RemoveAt(_ancestors.Count - 1);
            visitor.Leave(node);
        }

        typeInfo.Leave(node);
    }

    private void VisitChildren(INode node)
    {
        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Walk(variable.Variable);
                Walk(variable.Type);
                WalkOptional(variable.DefaultValue);
                WalkAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections);
                break;
            case FieldNode field:
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                WalkOptional(field.SelectionSet);
                break;
            case ArgumentNode argument:
                Walk(argument.Value);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives);
                break;
            case InlineFragmentNode inlineFragment:
                WalkOptional(inlineFragment.TypeCondition);
                WalkAll(inlineFragment.Directives);
                Walk(inlineFragment.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case ListValueNode list:
                WalkAll(list.Values);
                break;
            case ObjectValueNode objectValue:
                WalkAll(objectValue.Fields);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments);
                break;
            case ListTypeNode listType:
                Walk(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Walk(nonNullType.Type);
                break;
            case SchemaDefinitionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schemaExtension:
                WalkAll(schemaExtension.Directives);
                WalkAll(schemaExtension.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Walk(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalarExtension:
                WalkAll(scalarExtension.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectExtension:
                WalkAll(objectExtension.Interfaces);
                WalkAll(objectExtension.Directives);
                WalkAll(objectExtension.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceExtension:
                WalkAll(interfaceExtension.Interfaces);
                WalkAll(interfaceExtension.Directives);
                WalkAll(interfaceExtension.Fields);
                break;
            case FieldDefinitionNode fieldDefinition:
                WalkAll(fieldDefinition.Arguments);
                Walk(fieldDefinition.Type);
                WalkAll(fieldDefinition.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Walk(inputValue.Type);
                WalkOptional(inputValue.DefaultValue);
                WalkAll(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case UnionTypeExtensionNode unionExtension:
                WalkAll(unionExtension.Directives);
                WalkAll(unionExtension.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumTypeExtensionNode enumExtension:
                WalkAll(enumExtension.Directives);
                WalkAll(enumExtension.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WalkAll(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode inputObject:
                WalkAll(inputObject.Directives);
                WalkAll(inputObject.Fields);
                break;
            case InputObjectTypeExtensionNode inputExtension:
                WalkAll(inputExtension.Directives);
                WalkAll(inputExtension.Fields);
                break;
            case DirectiveDefinitionNode directiveDefinition:
                WalkAll(directiveDefinition.Arguments);
                break;
        }
    }

    private void WalkAll<T>(IReadOnlyList<T> nodes) where T : INode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Walk(nodes[i]);
        }
    }

    private void WalkOptional(INode? node)
    {
        if (node is not null)
        {
            Walk(node);
        }
    }
}
