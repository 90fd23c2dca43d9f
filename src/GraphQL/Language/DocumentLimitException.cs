namespace Headless.GraphQL.Language;

/// <summary>
/// Thrown when a document breaks one of <see cref="ParserOptions"/>' limits. Such a document may be perfectly valid
/// GraphQL (graphql-js would parse it), so this is not a <see cref="GraphQLSyntaxException"/>: the server declines to
/// read further, and says which limit stopped it and where.
/// </summary>
public sealed class DocumentLimitException : Exception
{
    public DocumentLimitException(DocumentLimit limit, int maximum, string message, int offset, int line, int column)
        : base(message)
    {
        Limit = limit;
        Maximum = maximum;
        Offset = offset;
        Line = line;
        Column = column;
    }

    public DocumentLimit Limit { get; }

    /// <summary>The limit's value: characters, tokens or levels.</summary>
    public int Maximum { get; }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    internal static DocumentLimitException At(string source, int offset, DocumentLimit limit, int maximum, string message)
    {
        var position = GraphQLSyntaxException.At(source, offset, message);
        return new DocumentLimitException(limit, maximum, message, offset, position.Line, position.Column);
    }
}
