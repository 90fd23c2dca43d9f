using Headless.GraphQL.Introspection;
using Headless.GraphQL.Language;
using Headless.GraphQL.Types;

namespace Headless.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, which schema element each node refers to: the parent composite type, the
/// field definition and its type, the expected input type of a value, the argument, directive and enum value
/// (graphql-js <c>TypeInfo</c>). Unknown elements are null, so rules can report them once and move on.
/// </summary>
public sealed class TypeInfo(Schema schema)
{
    private readonly List<IGraphQLType?> _typeStack = [];
    private readonly List<ICompositeType?> _parentTypeStack = [];
    private readonly List<IGraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<bool> _defaultValueStack = [];

    public Schema Schema { get; } = schema;

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public IGraphQLType? Type => Peek(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public ICompositeType? ParentType => Peek(_parentTypeStack);

    /// <summary>The type the current value position expects.</summary>
    public IGraphQLType? InputType => Peek(_inputTypeStack);

    /// <summary>The type around the current value position (the list or input object that holds it).</summary>
    public IGraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Peek(_fieldDefStack);

    /// <summary>True when the current value position (argument or input field) declares a default value.</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1];

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(INode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(Type?.GetNamedType() as ICompositeType);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parentType ? GetFieldDef(parentType, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { } fieldType && fieldType.IsOutputType() ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = Schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(Schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inlineFragment:
                PushFragmentType(inlineFragment.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                PushFragmentType(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = AstTypes.TypeFromAst(Schema, variable.Type);
                _inputTypeStack.Add(variableType is not null && variableType.IsInputType() ? variableType : null);
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = arguments?.FirstOrDefault(a => a.Name == argument.Name.Value);
                Argument = argDef;
                _defaultValueStack.Add(argDef?.HasDefaultValue ?? false);
                _inputTypeStack.Add(argDef?.Type);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(false);
                _inputTypeStack.Add(itemType is not null && itemType.IsInputType() ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject
                    ? inputObject.Fields.GetValueOrDefault(objectField.Name.Value)
                    : null;
                _defaultValueStack.Add(inputField?.HasDefaultValue ?? false);
                _inputTypeStack.Add(inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
        }
    }

    public void Leave(INode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>The field's definition, the meta-fields (<c>__typename</c>, and <c>__schema</c>/<c>__type</c> on the query root) included.</summary>
    private FieldDefinition? GetFieldDef(ICompositeType parentType, string fieldName) =>
        IntrospectionTypes.FindMetaField(Schema, parentType, fieldName)
        ?? (parentType is IFieldsContainer container ? container.Fields.GetValueOrDefault(fieldName) : null);

    private void PushFragmentType(NamedTypeNode? typeCondition)
    {
        var outputType = typeCondition is not null ? AstTypes.TypeFromAst(Schema, typeCondition) : Type?.GetNamedType();
        _typeStack.Add(outputType is not null && outputType.IsOutputType() ? outputType : null);
    }

    private static T? Peek<T>(List<T?> stack) where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
