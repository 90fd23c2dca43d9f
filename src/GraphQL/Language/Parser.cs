namespace Headless.GraphQL.Language;

/// <summary>Reads GraphQL source text into syntax trees (graphql-js <c>parse</c>, <c>parseValue</c>, <c>parseType</c>).</summary>
public static class Parser
{
    /// <summary>Parses a whole document: operations, fragments and type-system definitions and extensions.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not a valid document.</exception>
    /// <exception cref="DocumentLimitException">The source breaks a limit of <paramref name="options"/>.</exception>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>Parses a single value literal, e.g. <c>[1, {a: $b}]</c>; variables are allowed.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one value.</exception>
    public static IValueNode ParseValue(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseWholeValue();

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    /// <exception cref="GraphQLSyntaxException">The source is not exactly one type reference.</exception>
    public static ITypeNode ParseType(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseWholeType();
}
