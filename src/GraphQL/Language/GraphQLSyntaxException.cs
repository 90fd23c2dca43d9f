namespace Headless.GraphQL.Language;

/// <summary>
/// The one error the parser throws: a message in graphql-js's words ("Syntax Error: Expected Name, found &lt;EOF&gt;.")
/// and the 1-based line and column (and 0-based offset) where reading stopped.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(string description, int offset, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Offset = offset;
        Line = line;
        Column = column;
    }

    /// <summary>The message without its "Syntax Error: " prefix.</summary>
    public string Description { get; }

    public int Offset { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>Builds the error for a position in <paramref name="source"/>, counting lines as the spec does (\r\n, \n or \r).</summary>
    internal static GraphQLSyntaxException At(string source, int offset, string description)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < source.Length && i < offset; i++)
        {
            var c = source[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return new GraphQLSyntaxException(description, offset, line, offset + 1 - lineStart);
    }
}
