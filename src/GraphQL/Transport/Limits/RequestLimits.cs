namespace Headless.GraphQL.Transport.Limits;

/// <summary>
/// Bounds on the work one request may ask for. The defaults let a storefront's real queries and GraphiQL's
/// introspection query through and refuse what only an attacker writes; bind them from configuration
/// (section <c>GraphQL:Limits</c>) to change them per deployment.
/// </summary>
public sealed class RequestLimits
{
    /// <summary>Most aliased fields in the operation, counted in fragments once per spread.</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most fields selected directly on the root type (fragments at the root included).</summary>
    public int MaxRootFields { get; set; } = 20;

    /// <summary>Deepest chain of nested fields, through fragments; <c>{ a { b } }</c> is 2 deep.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest computed cost (see <see cref="CostAnalysisRule"/>) a request may have.</summary>
    public int MaxCost { get; set; } = 5000;

    /// <summary>Size assumed for a list field when neither <c>@listSize</c> nor a <c>first</c>/<c>last</c> argument bounds it.</summary>
    public int DefaultListSize { get; set; } = 10;

    /// <summary>
    /// Cost of each list entry in a field's argument values (literal or variable, at any depth), so that huge input
    /// lists are refused before execution; 0 leaves input out of the cost.
    /// </summary>
    public int InputListItemCost { get; set; } = 1;

    /// <summary>Most tokens the parser reads before giving up (comments excluded).</summary>
    public int MaxTokens { get; set; } = 15_000;

    /// <summary>Longest document text, in UTF-16 code units.</summary>
    public int MaxDocumentLength { get; set; } = 1024 * 1024;

    /// <summary>Deepest syntactic nesting the parser accepts (selection sets, list and object values, list types).</summary>
    public int MaxParserDepth { get; set; } = 200;
}
