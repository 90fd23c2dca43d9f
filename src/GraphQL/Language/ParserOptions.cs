namespace Headless.GraphQL.Language;

/// <summary>
/// Limits against hostile input, checked while parsing. The defaults suit documents sent by clients; schema
/// files written by ourselves are larger and use <see cref="Trusted"/>.
/// </summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>For sources we wrote ourselves (SDL files): no token limit and 64 MB, but the same depth limit.</summary>
    public static ParserOptions Trusted { get; } = new() { MaxTokens = int.MaxValue, MaxDocumentLength = 64 * 1024 * 1024 };

    /// <summary>Most tokens (comments excluded) a document may have.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// Deepest nesting of selection sets, list and object values and list types. Keeps recursion far from the
    /// stack limit; real documents rarely pass 20.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Longest source in UTF-16 code units.</summary>
    public int MaxDocumentLength { get; init; } = 1024 * 1024;

    /// <summary>Skip locations on nodes (saves allocations when nobody reports positions).</summary>
    public bool NoLocation { get; init; }
}
