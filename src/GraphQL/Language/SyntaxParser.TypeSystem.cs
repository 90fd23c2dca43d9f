using System.Collections.Frozen;

namespace Headless.GraphQL.Language;

/// <summary>Spec §3 Type System: definitions and extensions.</summary>
internal sealed partial class SyntaxParser
{
    private static readonly FrozenSet<string> DirectiveLocations = new[]
    {
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD", "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INTERFACE",
        "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT", "INPUT_FIELD_DEFINITION",
    }.ToFrozenSet(StringComparer.Ordinal);

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>Description : StringValue</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = Loc(start) };
    }

    /// <summary>RootOperationTypeDefinition : OperationType : NamedType</summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = Loc(start) };
    }

    /// <summary>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    /// <summary>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)*</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : [];

    /// <summary>FieldsDefinition : { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    /// <summary>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = Loc(start) };
    }

    /// <summary>ArgumentsDefinition : ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);

    /// <summary>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = Loc(start) };
    }

    /// <summary>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = Loc(start) };
    }

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)*</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    /// <summary>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = Loc(start) };
    }

    /// <summary>EnumValuesDefinition : { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    /// <summary>EnumValueDefinition : Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseEnumValueName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = Loc(start) };
    }

    /// <summary>EnumValue : Name but not true, false or null</summary>
    private NameNode ParseEnumValueName()
    {
        if (Peek(TokenKind.Name) && _lexer.Value is "true" or "false" or "null")
        {
            throw Error(Current.Start, $"{Describe(Current)} is reserved and cannot be used for an enum value.");
        }

        return ParseName();
    }

    /// <summary>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = Loc(start) };
    }

    /// <summary>InputFieldsDefinition : { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);

    /// <summary>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = Loc(start) };
    }

    /// <summary>DirectiveLocation : one of the ExecutableDirectiveLocation and TypeSystemDirectiveLocation names</summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        if (!DirectiveLocations.Contains(name.Value))
        {
            throw Unexpected(start);
        }

        return name;
    }

    /// <summary>TypeSystemExtension : SchemaExtension | TypeExtension</summary>
    private IDefinitionNode ParseTypeSystemExtension()
    {
        var lexer = _lexer.Lookahead();
        var keyword = lexer.Token;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (lexer.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != {]
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = Loc(start) };
    }

    /// <summary>ScalarTypeExtension : extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = Loc(start) };
    }

    /// <summary>ObjectTypeExtension : extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)</summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>InterfaceTypeExtension : extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition (at least one)</summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = Loc(start) };
    }

    /// <summary>UnionTypeExtension : extend union Name Directives[Const]? UnionMemberTypes (at least one)</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = Loc(start) };
    }

    /// <summary>EnumTypeExtension : extend enum Name Directives[Const]? EnumValuesDefinition (at least one)</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = Loc(start) };
    }

    /// <summary>InputObjectTypeExtension : extend input Name Directives[Const]? InputFieldsDefinition (at least one)</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = Loc(start) };
    }
}
