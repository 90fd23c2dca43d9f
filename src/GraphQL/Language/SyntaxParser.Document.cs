using System.Runtime.CompilerServices;

namespace Headless.GraphQL.Language;

/// <summary>Spec §2.2 Document.</summary>
internal sealed partial class SyntaxParser
{
    /// <summary>Document : Definition+</summary>
    public DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = Many(TokenKind.StartOfFile, static p => p.ParseDefinition(), TokenKind.EndOfFile);
        return new DocumentNode(definitions)
        {
            Location = _options.NoLocation ? null : new Location(0, _lexer.PreviousEnd, 1, 1),
        };
    }

    /// <summary>
    /// Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension.
    /// Many definitions start with a description, so the keyword may be one token ahead.
    /// </summary>
    private IDefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var lexer = hasDescription ? _lexer.Lookahead() : _lexer;
        var keyword = lexer.Token;

        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (lexer.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (lexer.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>Name :: NameStart NameContinue*</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private NameNode ParseName()
    {
        var value = _lexer.Value!;
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(value) { Location = Loc(token) };
    }
}
