namespace Headless.GraphQL.Language;

/// <summary>Spec §2.8 Fragments.</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </summary>
    private ISelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = Loc(start) };
    }

    /// <summary>FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = Loc(start),
        };
    }

    /// <summary>FragmentName : Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (Peek(TokenKind.Name) && _lexer.Value == "on")
        {
            throw Unexpected();
        }

        return ParseName();
    }
}
