namespace Headless.GraphQL.Language;

/// <summary>Spec §2.9 Input Values, §2.12 Directives, §2.11 Type References.</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>
    /// Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue
    ///   | ListValue[?Const] | ObjectValue[?Const]
    /// </summary>
    private IValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        var value = _lexer.Value;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(value!) { Location = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(value!) { Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return value switch
                {
                    "true" => new BooleanValueNode(true) { Location = Loc(token) },
                    "false" => new BooleanValueNode(false) { Location = Loc(token) },
                    "null" => new NullValueNode { Location = Loc(token) },
                    _ => new EnumValueNode(value!) { Location = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ExpectToken(TokenKind.Dollar);
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${_lexer.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        var value = _lexer.Value!;
        Advance();
        return new StringValueNode(value, token.Kind == TokenKind.BlockString) { Location = Loc(token) };
    }

    /// <summary>ListValue[Const] : [ ] | [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        LeaveNesting();
        return new ListValueNode(values) { Location = Loc(start) };
    }

    /// <summary>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        LeaveNesting();
        return new ObjectValueNode(fields) { Location = Loc(start) };
    }

    /// <summary>ObjectField[Const] : Name : Value[?Const]</summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = Loc(start) };
    }

    /// <summary>Directives[Const] : Directive[?Const]+</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var start = _scratchCount;
        do
        {
            Push(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return PopArray<DirectiveNode>(start);
    }

    /// <summary>Directive[Const] : @ Name Arguments[?Const]?</summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = Current;
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments) { Location = Loc(start) };
    }

    /// <summary>Type : NamedType | ListType | NonNullType</summary>
    private ITypeNode ParseTypeReference()
    {
        var start = Current;
        ITypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketL))
        {
            EnterNesting();
            var inner = ParseTypeReference();
            ExpectToken(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(inner) { Location = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang) ? new NonNullTypeNode(type) { Location = Loc(start) } : type;
    }

    /// <summary>NamedType : Name</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = Current;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = Loc(start) };
    }
}
