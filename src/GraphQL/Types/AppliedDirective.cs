using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>A directive as written on a schema element, with its arguments already coerced.</summary>
public sealed record AppliedDirective(string Name, IReadOnlyDictionary<string, object?> Arguments)
{
    /// <summary>The directive as written in the SDL (for printing it back); null when built in code.</summary>
    public DirectiveNode? Syntax { get; init; }
}
