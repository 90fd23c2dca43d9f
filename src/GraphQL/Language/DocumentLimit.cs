namespace Headless.GraphQL.Language;

/// <summary>Which of <see cref="ParserOptions"/>' limits a document broke.</summary>
public enum DocumentLimit
{
    /// <summary><see cref="ParserOptions.MaxDocumentLength"/>.</summary>
    Length,

    /// <summary><see cref="ParserOptions.MaxTokens"/>.</summary>
    Tokens,

    /// <summary><see cref="ParserOptions.MaxDepth"/>, or the stack the parser may use.</summary>
    Depth,
}
