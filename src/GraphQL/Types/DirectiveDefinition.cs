using Headless.GraphQL.Language;

namespace Headless.GraphQL.Types;

/// <summary>A directive the schema declares, built in (<c>@skip</c>, <c>@include</c>, …) or custom.</summary>
public sealed class DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
{
    public string Name { get; } = name;

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; } = locations;

    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = [];

    public bool IsRepeatable { get; init; }

    /// <summary>Set when the directive itself is deprecated (graphql-js 16.15 allows <c>@deprecated</c> on directive definitions).</summary>
    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; init; } = [];

    public DirectiveDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string argumentName) => Arguments.FirstOrDefault(a => a.Name == argumentName);

    public override string ToString() => "@" + Name;
}
