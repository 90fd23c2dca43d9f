namespace Headless.GraphQL.Language;

/// <summary>Spec §2.3 Operations, §2.4 Selection Sets, §2.5 Fields, §2.6 Arguments, §2.10 Variables.</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>
    /// OperationDefinition :
    ///   - SelectionSet
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], selectionSet) { Location = Loc(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selections = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variables, directives, selections)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>OperationType : one of query mutation subscription</summary>
    private OperationType ParseOperationType()
    {
        var value = _lexer.Value;
        var token = ExpectToken(TokenKind.Name);
        return value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary>VariablesDefinition : ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);

    /// <summary>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>Variable : $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = Loc(start) };
    }

    /// <summary>SelectionSet : { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        LeaveNesting();
        return new SelectionSetNode(selections) { Location = Loc(start) };
    }

    /// <summary>Selection : Field | FragmentSpread | InlineFragment</summary>
    private ISelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>Field : Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary>Arguments[Const] : ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) =>
        isConst
            ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
            : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    /// <summary>Argument[Const] : Name : Value[?Const]</summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = Loc(start) };
    }
}
