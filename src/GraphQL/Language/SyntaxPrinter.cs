using System.Text;

namespace Headless.GraphQL.Language;

/// <summary>
/// The printer behind <see cref="Printer"/>. graphql-js builds nested buffers and indents them afterwards; here
/// every line break writes the current indentation, which gives the same text in one pass.
/// </summary>
internal sealed class SyntaxPrinter
{
    /// <summary>graphql-js wraps a field's arguments onto their own lines when the field line would pass this length.</summary>
    private const int MaxLineLength = 80;

    private readonly StringBuilder _text = new();
    private int _indent;

    public override string ToString() => _text.ToString();

    public void Print(INode node)
    {
        switch (node)
        {
            case NameNode name: _text.Append(name.Value); break;
            case VariableNode variable: _text.Append('$').Append(variable.Name.Value); break;
            case DocumentNode document: PrintDocument(document); break;
            case OperationDefinitionNode operation: PrintOperationDefinition(operation); break;
            case VariableDefinitionNode variable: PrintVariableDefinition(variable); break;
            case SelectionSetNode selectionSet: Block(selectionSet.Selections); break;
            case FieldNode field: PrintField(field); break;
            case ArgumentNode argument: PrintNameAndValue(argument.Name, argument.Value); break;
            case FragmentSpreadNode spread: PrintFragmentSpread(spread); break;
            case InlineFragmentNode fragment: PrintInlineFragment(fragment); break;
            case FragmentDefinitionNode fragment: PrintFragmentDefinition(fragment); break;
            case IntValueNode value: _text.Append(value.Value); break;
            case FloatValueNode value: _text.Append(value.Value); break;
            case StringValueNode value: PrintStringValue(value); break;
            case BooleanValueNode value: _text.Append(value.Value ? "true" : "false"); break;
            case NullValueNode: _text.Append("null"); break;
            case EnumValueNode value: _text.Append(value.Value); break;
            case ListValueNode list: PrintList(list); break;
            case ObjectValueNode value: PrintObject(value); break;
            case ObjectFieldNode field: PrintNameAndValue(field.Name, field.Value); break;
            case DirectiveNode directive: PrintDirective(directive); break;
            case NamedTypeNode type: _text.Append(type.Name.Value); break;
            case ListTypeNode type: _text.Append('['); Print(type.Type); _text.Append(']'); break;
            case NonNullTypeNode type: Print(type.Type); _text.Append('!'); break;
            case SchemaDefinitionNode schema: PrintSchemaDefinition(schema); break;
            case OperationTypeDefinitionNode operationType: PrintOperationTypeDefinition(operationType); break;
            case ScalarTypeDefinitionNode scalar: PrintScalarTypeDefinition(scalar); break;
            case ObjectTypeDefinitionNode type: PrintDescription(type.Description); PrintFieldsType("type", type.Name, type.Interfaces, type.Directives, type.Fields); break;
            case FieldDefinitionNode field: PrintFieldDefinition(field); break;
            case InputValueDefinitionNode input: PrintInputValueDefinition(input); break;
            case InterfaceTypeDefinitionNode type: PrintDescription(type.Description); PrintFieldsType("interface", type.Name, type.Interfaces, type.Directives, type.Fields); break;
            case UnionTypeDefinitionNode union: PrintDescription(union.Description); PrintUnion("union", union.Name, union.Directives, union.Types); break;
            case EnumTypeDefinitionNode type: PrintDescription(type.Description); PrintBlockType("enum", type.Name, type.Directives, type.Values); break;
            case EnumValueDefinitionNode value: PrintEnumValueDefinition(value); break;
            case InputObjectTypeDefinitionNode type: PrintDescription(type.Description); PrintBlockType("input", type.Name, type.Directives, type.Fields); break;
            case DirectiveDefinitionNode directive: PrintDirectiveDefinition(directive); break;
            case SchemaExtensionNode extension: PrintSchemaExtension(extension); break;
            case ScalarTypeExtensionNode extension: PrintScalarTypeExtension(extension); break;
            case ObjectTypeExtensionNode extension: PrintFieldsType("extend type", extension.Name, extension.Interfaces, extension.Directives, extension.Fields); break;
            case InterfaceTypeExtensionNode extension: PrintFieldsType("extend interface", extension.Name, extension.Interfaces, extension.Directives, extension.Fields); break;
            case UnionTypeExtensionNode extension: PrintUnion("extend union", extension.Name, extension.Directives, extension.Types); break;
            case EnumTypeExtensionNode extension: PrintBlockType("extend enum", extension.Name, extension.Directives, extension.Values); break;
            case InputObjectTypeExtensionNode extension: PrintBlockType("extend input", extension.Name, extension.Directives, extension.Fields); break;
            default: throw new ArgumentException($"Cannot print a node of type {node.GetType().Name}.", nameof(node));
        }
    }

    private void PrintDocument(DocumentNode document)
    {
        for (var i = 0; i < document.Definitions.Count; i++)
        {
            if (i > 0)
            {
                NewLine();
                NewLine();
            }

            Print(document.Definitions[i]);
        }
    }

    private void PrintOperationDefinition(OperationDefinitionNode operation)
    {
        // Anonymous queries with nothing but a selection set print in the shorthand form.
        if (operation.Operation == OperationType.Query && operation.Description is null && operation.Name is null
            && operation.VariableDefinitions.Count == 0 && operation.Directives.Count == 0)
        {
            Print(operation.SelectionSet);
            return;
        }

        PrintDescription(operation.Description);
        _text.Append(Keyword(operation.Operation));
        if (operation.Name is not null || operation.VariableDefinitions.Count > 0)
        {
            _text.Append(' ');
            if (operation.Name is not null)
            {
                _text.Append(operation.Name.Value);
            }

            PrintVariableDefinitions(operation.VariableDefinitions);
        }

        PrintDirectives(operation.Directives);
        _text.Append(' ');
        Print(operation.SelectionSet);
    }

    /// <summary>On one line, unless one of them spans several; then one per line, not indented (as graphql-js).</summary>
    private void PrintVariableDefinitions(IReadOnlyList<VariableDefinitionNode> variables)
    {
        if (variables.Count == 0)
        {
            return;
        }

        var multiline = variables.Any(SpansLines);
        _text.Append('(');
        for (var i = 0; i < variables.Count; i++)
        {
            if (multiline)
            {
                NewLine();
            }
            else if (i > 0)
            {
                _text.Append(", ");
            }

            Print(variables[i]);
        }

        if (multiline)
        {
            NewLine();
        }

        _text.Append(')');
    }

    private void PrintVariableDefinition(VariableDefinitionNode variable)
    {
        PrintDescription(variable.Description);
        _text.Append('$').Append(variable.Variable.Name.Value).Append(": ");
        Print(variable.Type);
        PrintDefaultValue(variable.DefaultValue);
        PrintDirectives(variable.Directives);
    }

    private void PrintField(FieldNode field)
    {
        var prefixLength = field.Name.Value.Length;
        if (field.Alias is not null)
        {
            _text.Append(field.Alias.Value).Append(": ");
            prefixLength += field.Alias.Value.Length + 2;
        }

        _text.Append(field.Name.Value);
        if (field.Arguments.Count > 0)
        {
            var argumentsLength = 2 * (field.Arguments.Count - 1);
            foreach (var argument in field.Arguments)
            {
                argumentsLength += argument.Name.Value.Length + 2 + MeasureValue(argument.Value);
            }

            if (prefixLength + argumentsLength + 2 > MaxLineLength)
            {
                IndentedList(field.Arguments);
            }
            else
            {
                InlineList(field.Arguments);
            }
        }

        PrintDirectives(field.Directives);
        if (field.SelectionSet is not null)
        {
            _text.Append(' ');
            Print(field.SelectionSet);
        }
    }

    private void PrintFragmentSpread(FragmentSpreadNode spread)
    {
        _text.Append("...").Append(spread.Name.Value);
        PrintDirectives(spread.Directives);
    }

    private void PrintInlineFragment(InlineFragmentNode fragment)
    {
        _text.Append("...");
        if (fragment.TypeCondition is not null)
        {
            _text.Append(" on ").Append(fragment.TypeCondition.Name.Value);
        }

        PrintDirectives(fragment.Directives);
        _text.Append(' ');
        Print(fragment.SelectionSet);
    }

    private void PrintFragmentDefinition(FragmentDefinitionNode fragment)
    {
        PrintDescription(fragment.Description);
        _text.Append("fragment ").Append(fragment.Name.Value).Append(" on ").Append(fragment.TypeCondition.Name.Value);
        PrintDirectives(fragment.Directives);
        _text.Append(' ');
        Print(fragment.SelectionSet);
    }

    private void PrintNameAndValue(NameNode name, IValueNode value)
    {
        _text.Append(name.Value).Append(": ");
        Print(value);
    }

    private void PrintStringValue(StringValueNode value)
    {
        if (value.Block)
        {
            WriteLines(BlockString.PrintBlockString(value.Value));
        }
        else
        {
            AppendQuoted(_text, value.Value);
        }
    }

    private void PrintList(ListValueNode list)
    {
        _text.Append('[');
        for (var i = 0; i < list.Values.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Print(list.Values[i]);
        }

        _text.Append(']');
    }

    private void PrintObject(ObjectValueNode value)
    {
        _text.Append('{');
        for (var i = 0; i < value.Fields.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Print(value.Fields[i]);
        }

        _text.Append('}');
    }

    private void PrintDirective(DirectiveNode directive)
    {
        _text.Append('@').Append(directive.Name.Value);
        if (directive.Arguments.Count > 0)
        {
            InlineList(directive.Arguments);
        }
    }

    private void PrintSchemaDefinition(SchemaDefinitionNode schema)
    {
        PrintDescription(schema.Description);
        _text.Append("schema");
        PrintDirectives(schema.Directives);
        SpaceAndBlock(schema.OperationTypes);
    }

    private void PrintOperationTypeDefinition(OperationTypeDefinitionNode operationType)
    {
        _text.Append(Keyword(operationType.Operation)).Append(": ").Append(operationType.Type.Name.Value);
    }

    private void PrintScalarTypeDefinition(ScalarTypeDefinitionNode scalar)
    {
        PrintDescription(scalar.Description);
        _text.Append("scalar ").Append(scalar.Name.Value);
        PrintDirectives(scalar.Directives);
    }

    private void PrintFieldsType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields)
    {
        _text.Append(keyword).Append(' ').Append(name.Value);
        if (interfaces.Count > 0)
        {
            _text.Append(" implements ");
            for (var i = 0; i < interfaces.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(" & ");
                }

                _text.Append(interfaces[i].Name.Value);
            }
        }

        PrintDirectives(directives);
        SpaceAndBlock(fields);
    }

    private void PrintFieldDefinition(FieldDefinitionNode field)
    {
        PrintDescription(field.Description);
        _text.Append(field.Name.Value);
        PrintArgumentDefinitions(field.Arguments);
        _text.Append(": ");
        Print(field.Type);
        PrintDirectives(field.Directives);
    }

    /// <summary>On one line, unless one of them spans several (a description does); then one per line, indented.</summary>
    private void PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (arguments.Any(SpansLines))
        {
            IndentedList(arguments);
        }
        else
        {
            InlineList(arguments);
        }
    }

    private void PrintInputValueDefinition(InputValueDefinitionNode input)
    {
        PrintDescription(input.Description);
        _text.Append(input.Name.Value).Append(": ");
        Print(input.Type);
        PrintDefaultValue(input.DefaultValue);
        PrintDirectives(input.Directives);
    }

    private void PrintUnion(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types)
    {
        _text.Append(keyword).Append(' ').Append(name.Value);
        PrintDirectives(directives);
        if (types.Count > 0)
        {
            _text.Append(" = ");
            for (var i = 0; i < types.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(" | ");
                }

                _text.Append(types[i].Name.Value);
            }
        }
    }

    private void PrintBlockType<T>(string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<T> members)
        where T : INode
    {
        _text.Append(keyword).Append(' ').Append(name.Value);
        PrintDirectives(directives);
        SpaceAndBlock(members);
    }

    private void PrintEnumValueDefinition(EnumValueDefinitionNode value)
    {
        PrintDescription(value.Description);
        _text.Append(value.Name.Value);
        PrintDirectives(value.Directives);
    }

    private void PrintDirectiveDefinition(DirectiveDefinitionNode directive)
    {
        PrintDescription(directive.Description);
        _text.Append("directive @").Append(directive.Name.Value);
        PrintArgumentDefinitions(directive.Arguments);
        if (directive.Repeatable)
        {
            _text.Append(" repeatable");
        }

        _text.Append(" on ");
        for (var i = 0; i < directive.Locations.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(" | ");
            }

            _text.Append(directive.Locations[i].Value);
        }
    }

    private void PrintSchemaExtension(SchemaExtensionNode extension)
    {
        _text.Append("extend schema");
        PrintDirectives(extension.Directives);
        SpaceAndBlock(extension.OperationTypes);
    }

    private void PrintScalarTypeExtension(ScalarTypeExtensionNode extension)
    {
        _text.Append("extend scalar ").Append(extension.Name.Value);
        PrintDirectives(extension.Directives);
    }

    private void PrintDescription(StringValueNode? description)
    {
        if (description is not null)
        {
            PrintStringValue(description);
            NewLine();
        }
    }

    private void PrintDefaultValue(IValueNode? value)
    {
        if (value is not null)
        {
            _text.Append(" = ");
            Print(value);
        }
    }

    private void PrintDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            _text.Append(' ');
            PrintDirective(directive);
        }
    }

    /// <summary><c>(a, b)</c></summary>
    private void InlineList<T>(IReadOnlyList<T> items)
        where T : INode
    {
        _text.Append('(');
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _text.Append(", ");
            }

            Print(items[i]);
        }

        _text.Append(')');
    }

    /// <summary><c>(</c>, each item on its own indented line, <c>)</c></summary>
    private void IndentedList<T>(IReadOnlyList<T> items)
        where T : INode
    {
        _text.Append('(');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Print(item);
        }

        _indent--;
        NewLine();
        _text.Append(')');
    }

    private void SpaceAndBlock<T>(IReadOnlyList<T> items)
        where T : INode
    {
        if (items.Count > 0)
        {
            _text.Append(' ');
            Block(items);
        }
    }

    /// <summary><c>{</c>, each item on its own indented line, <c>}</c>; nothing for no items.</summary>
    private void Block<T>(IReadOnlyList<T> items)
        where T : INode
    {
        if (items.Count == 0)
        {
            return;
        }

        _text.Append('{');
        _indent++;
        foreach (var item in items)
        {
            NewLine();
            Print(item);
        }

        _indent--;
        NewLine();
        _text.Append('}');
    }

    private void NewLine() => _text.Append('\n').Append(' ', 2 * _indent);

    /// <summary>Writes text that may hold line breaks (a block string), indenting each following line.</summary>
    private void WriteLines(string text)
    {
        var start = 0;
        int newLine;
        while ((newLine = text.IndexOf('\n', start)) >= 0)
        {
            _text.Append(text, start, newLine - start);
            NewLine();
            start = newLine + 1;
        }

        _text.Append(text, start, text.Length - start);
    }

    private static string Keyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    /// <summary>Whether a definition prints on more than one line: a description always does, block strings may.</summary>
    private static bool SpansLines(VariableDefinitionNode variable) =>
        variable.Description is not null || ValueSpansLines(variable.DefaultValue) || DirectivesSpanLines(variable.Directives);

    private static bool SpansLines(InputValueDefinitionNode input) =>
        input.Description is not null || ValueSpansLines(input.DefaultValue) || DirectivesSpanLines(input.Directives);

    private static bool DirectivesSpanLines(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            foreach (var argument in directive.Arguments)
            {
                if (ValueSpansLines(argument.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ValueSpansLines(IValueNode? value) => value switch
    {
        StringValueNode { Block: true } text => BlockString.PrintBlockString(text.Value).Contains('\n'),
        ListValueNode list => list.Values.Any(ValueSpansLines),
        ObjectValueNode value1 => value1.Fields.Any(field => ValueSpansLines(field.Value)),
        _ => false,
    };

    /// <summary>The printed length of a value (line breaks count one, indentation none), as graphql-js measures it.</summary>
    private static int MeasureValue(IValueNode value)
    {
        switch (value)
        {
            case VariableNode variable:
                return 1 + variable.Name.Value.Length;
            case IntValueNode number:
                return number.Value.Length;
            case FloatValueNode number:
                return number.Value.Length;
            case EnumValueNode enumValue:
                return enumValue.Value.Length;
            case BooleanValueNode boolean:
                return boolean.Value ? 4 : 5;
            case NullValueNode:
                return 4;
            case StringValueNode { Block: true } text:
                return BlockString.PrintBlockString(text.Value).Length;
            case StringValueNode text:
                return QuotedLength(text.Value);
            case ListValueNode list:
                var listLength = 2 + (2 * Math.Max(0, list.Values.Count - 1));
                foreach (var item in list.Values)
                {
                    listLength += MeasureValue(item);
                }

                return listLength;
            case ObjectValueNode obj:
                var objectLength = 2 + (2 * Math.Max(0, obj.Fields.Count - 1));
                foreach (var field in obj.Fields)
                {
                    objectLength += field.Name.Value.Length + 2 + MeasureValue(field.Value);
                }

                return objectLength;
            default:
                throw new ArgumentException($"Cannot print a value of type {value.GetType().Name}.", nameof(value));
        }
    }

    internal static string QuoteString(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        AppendQuoted(text, value);
        return text.ToString();
    }

    /// <summary>Escapes C0 and C1 controls, DEL, quote and backslash; the short escapes where JSON has them.</summary>
    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        var chunkStart = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!NeedsEscape(c))
            {
                continue;
            }

            text.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '\b': text.Append("\\b"); break;
                case '\t': text.Append("\\t"); break;
                case '\n': text.Append("\\n"); break;
                case '\f': text.Append("\\f"); break;
                case '\r': text.Append("\\r"); break;
                case '"': text.Append("\\\""); break;
                case '\\': text.Append("\\\\"); break;
                default: text.Append("\\u").Append(((int)c).ToString("X4")); break;
            }
        }

        text.Append(value, chunkStart, value.Length - chunkStart);
        text.Append('"');
    }

    private static int QuotedLength(string value)
    {
        var length = 2 + value.Length;
        foreach (var c in value)
        {
            if (NeedsEscape(c))
            {
                length += c is '\b' or '\t' or '\n' or '\f' or '\r' or '"' or '\\' ? 1 : 5;
            }
        }

        return length;
    }

    private static bool NeedsEscape(char c) => c < 0x20 || c == '"' || c == '\\' || (c >= 0x7F && c <= 0x9F);
}
